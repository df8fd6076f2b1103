package io.commentmod.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;

/** What operators rely on: public health with both servers, and the service's own metrics. */
class OperationsIntegrationTest extends EmbeddedServersTest {

    @Test
    void healthIsPublicAndCoversMongoAndKafka() {
        service.http().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
        service.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void ingestAndVerdictMetricsAreExposedForPrometheusWithTheApplicationTag() throws Exception {
        // Given a comment accepted and published
        String article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
        String id = service.submit(article, "Counting this one");
        service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));
        service.awaitStatus(id, CommentStatus.PUBLISHED);

        // When
        byte[] scrape = service.http().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();

        // Then
        assertThat(new String(scrape, StandardCharsets.UTF_8))
                .contains("comments_ingested_total{application=\"comment-service\"")
                .contains("comments_status_applied_total{application=\"comment-service\",status=\"PUBLISHED\"");
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        service.http().get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        service.http().get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
    }
}
