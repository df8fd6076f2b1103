package io.commentmod.notification.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Topics;
import io.commentmod.notification.support.EmbeddedServersTest;
import io.commentmod.notification.support.StatusChanges;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class DeadLetterTests extends EmbeddedServersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] ADMIN = {"admin", "admin-pass"};

    @Autowired
    private JsonMapper json;

    @Test
    void unreadableEventIsDeadLetteredAtOnceAndCannotBeReplayed() throws Exception {
        // Given a record on the status topic that is not an event at all
        String key = "poison-" + UUID.randomUUID();
        kafka.send(Topics.COMMENT_STATUS_CHANGED, key, "{\"not\": json".getBytes(StandardCharsets.UTF_8))
                .get(10, TimeUnit.SECONDS);

        // Then it lands on the dead-letter topic without going through the retries, and the admin API lists it
        Map<String, Object> letter = await().atMost(WAIT).until(() -> deadLetterWithKey(key), found -> found != null);
        assertThat(letter).containsEntry("originalTopic", Topics.COMMENT_STATUS_CHANGED)
                .containsEntry("dltTopic", Topics.COMMENT_STATUS_CHANGED_NOTIFICATION_DLT)
                .containsEntry("status", "NEW").containsEntry("payload", "{\"not\": json");
        assertThat((String) letter.get("exceptionClass")).endsWith("DeserializationException");
        assertThat(letter).containsEntry("attempts", 1);

        // And replaying it is refused with a reason, and it stays a dead letter
        HttpResponse<String> replay = post("/api/v1/dead-letters/" + letter.get("id") + "/replay", ADMIN);
        assertThat(replay.statusCode()).isEqualTo(422);
        assertThat(replay.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(deadLetterWithKey(key)).containsEntry("status", "NEW").containsEntry("replayAttempts", 1);
    }

    @Test
    void eventThatKeepsFailingIsDeadLetteredAndReplayedOnceTheServerIsBack() {
        // Given an SMTP server that stays down for longer than every retry
        greenMail.stop();
        StatusChanges given = StatusChanges.publication();
        CommentStatusChanged event = given.build();
        publish(event);

        // Then after the last attempt the event is a dead letter, and the delivery is FAILED after 8 attempts
        Map<String, Object> letter = await().atMost(WAIT)
                .until(() -> deadLetterWithKey(event.commentId()), found -> found != null);
        assertThat(letter).containsEntry("eventType", CommentStatusChanged.TYPE).containsEntry("attempts", 8)
                .containsEntry("originalTopic", Topics.COMMENT_STATUS_CHANGED);
        assertThat((String) letter.get("exceptionMessage")).contains("Connection refused");
        assertThat(deliveriesOf(event.commentId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.getString("status")).isEqualTo("FAILED");
            assertThat(delivery.getInteger("attempts")).isEqualTo(8);
        });

        // When the server is back and an admin replays it
        greenMail.start();
        assertThat(post("/api/v1/dead-letters/" + letter.get("id") + "/replay").statusCode()).isEqualTo(401);
        HttpResponse<String> replay = post("/api/v1/dead-letters/" + letter.get("id") + "/replay", ADMIN);

        // Then the email goes out once, and the dead letter is marked replayed
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(messagesTo(given.therapist().email())).hasSize(1);
        assertThat(deadLetterWithKey(event.commentId())).containsEntry("status", "REPLAYED")
                .containsEntry("replayedBy", "admin");
        assertThat(post("/api/v1/dead-letters/" + letter.get("id") + "/replay", ADMIN).statusCode()).isEqualTo(409);
        assertThat(counter("notifications.dead_lettered", "topic", Topics.COMMENT_STATUS_CHANGED)).isPositive();
    }

    private Map<String, Object> deadLetterWithKey(String key) {
        HttpResponse<String> response = get("/api/v1/dead-letters", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> letters = json.readValue(response.body(), new TypeReference<>() { });
        return letters.stream().filter(letter -> key.equals(letter.get("key"))).findFirst().orElse(null);
    }
}
