package io.commentmod.comments;

import static io.commentmod.comments.support.CommentServiceDriver.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.TopicReader;

/**
 * The main path against the real products in containers (Apache Kafka, MongoDB 8) rather than the in-JVM
 * stand-ins: submit, moderate, read publicly. Skipped where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommentServiceContainersTest {

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @LocalServerPort
    private int port;

    @Autowired
    private KafkaTemplate<String, Object> kafka;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private KafkaConnectionDetails kafkaConnection;

    @Test
    void submittedCommentIsModeratedAndShownPublicly() throws Exception {
        // Given
        CommentServiceDriver service = new CommentServiceDriver(port, kafka, mongo,
                String.join(",", kafkaConnection.getBootstrapServers()));
        String article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");

        try (TopicReader submitted = service.read(Topics.COMMENT_SUBMITTED);
                TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            // When
            String id = service.submit(article, null, "Maya", "maya@example.org", "Thank you for this answer.", true);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(submitted.eventsFor(id)).hasSize(1));
            service.awaitOutboxEmptied(id);
            service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));

            // Then
            service.awaitStatus(id, CommentStatus.PUBLISHED);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id)).singleElement()
                    .satisfies(event -> assertThat(((CommentStatusChanged) event).to())
                            .isEqualTo(CommentStatus.PUBLISHED)));
            service.http().get().uri("/api/v1/articles/{id}/comments", article).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.comments[0].id").isEqualTo(id)
                    .jsonPath("$.count").isEqualTo(1);
        }
    }
}
