package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.StatusChanges;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class DeliveriesApiTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private JsonMapper json;

    @Test
    void deliveriesNeedAdminCredentials() {
        // When the delivery log is asked for without credentials, or with a wrong password
        HttpResponse<String> anonymous = get("/api/v1/deliveries?recipient=a@example.org");
        HttpResponse<String> wrongPassword = get("/api/v1/deliveries?recipient=a@example.org", "admin", "guess");

        // Then both are refused with a 401 problem
        for (HttpResponse<String> response : List.of(anonymous, wrongPassword)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
            assertThat(response.body()).contains("\"status\":401");
        }
    }

    @Test
    void adminSeesWhatWasSentToAnAddressNewestFirst() {
        // Given two comments on one therapist's article, both mailed to the therapist
        StatusChanges first = StatusChanges.publication();
        String therapist = first.therapist().email();
        CommentStatusChanged one = first.build();
        publish(one);
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 1);
        CommentStatusChanged two = StatusChanges.publication().therapist("Dr. Rivera", therapist)
                .replyTo("Alex", "alex@readers.example", false, CommentStatus.PUBLISHED).build();
        publish(two);
        await().atMost(WAIT).until(() -> messagesTo(therapist).size() == 2);

        // When the admin looks the therapist up, with the address in other case
        await().atMost(WAIT).until(() -> deliveriesOf(two.commentId()).stream()
                .allMatch(d -> "SENT".equals(d.getString("status"))));
        HttpResponse<String> response = get("/api/v1/deliveries?recipient=" + therapist.toUpperCase(), "admin",
                "admin-pass");

        // Then both deliveries are listed, newest first, with what was sent and why
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> deliveries = json.readValue(response.body(), new TypeReference<>() { });
        assertThat(deliveries).extracting(d -> d.get("commentId")).containsExactly(two.commentId(), one.commentId());
        assertThat(deliveries.get(0)).containsEntry("recipient", therapist.toLowerCase())
                .containsEntry("kind", "NEW_REPLY").containsEntry("status", "SENT")
                .containsEntry("eventId", two.meta().id()).containsEntry("articleId", two.article().id())
                .containsKeys("subject", "createdAt", "sentAt");
        assertThat(deliveries.get(1)).containsEntry("kind", "NEW_COMMENT");
        assertThat(deliveries.get(0)).doesNotContainKey("lastError");
    }

    @Test
    void recipientIsRequiredAndMustBeAnEmail() {
        for (String query : List.of("", "?recipient=", "?recipient=not-an-email")) {
            // When the admin asks without a usable recipient
            HttpResponse<String> response = get("/api/v1/deliveries" + query, "admin", "admin-pass");

            // Then a 400 problem names the field
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("recipient");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            Map<String, Object> problem = json.readValue(response.body(), new TypeReference<>() { });
            assertThat(problem).containsEntry("status", 400);
            assertThat(problem.get("errors")).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("recipient"));
        }
    }

    @Test
    void healthIsPublicAndReportsMongoKafkaAndMail() {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> health = json.readValue(response.body(), new TypeReference<>() { });
        assertThat(health).containsEntry("status", "UP");
        assertThat(health.get("components")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsKeys("mongo", "kafka", "mail");
    }

    @Test
    void otherPathsNeedCredentials() {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/anything").statusCode()).isEqualTo(401);
    }
}
