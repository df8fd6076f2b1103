package io.commentmod.moderation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.TopicReader;

/**
 * The intake path against the real products (Apache Kafka and MongoDB in containers) rather than their in-JVM
 * stand-ins. Skipped where there is no Docker.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
class CommentIntakeContainersTest {

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static MongoDBContainer mongoDb = new MongoDBContainer("mongo:8.0");

    @Autowired
    KafkaTemplate<String, Object> template;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSubmittedCommentGetsACaseAndOneVerdictOnRealServers() throws Exception {
        // Given a recruitment message
        String commentId = "c-containers-1";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CommentSubmitted submitted = new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, commentId, now), commentId,
                new ArticleRef("a-1", "Tears in therapy", "https://example.org/a-1",
                        new Person("Dr. Lee", "lee@example.org")),
                null, new Person("Sam", "sam@example.org"),
                "I am running a study on tears in therapy and looking for participants, please contact me.",
                false, false, now);

        try (TopicReader reader = new TopicReader(kafka.getBootstrapServers(), Topics.COMMENT_MODERATED)) {
            // When it is submitted twice
            template.send(Topics.COMMENT_SUBMITTED, commentId, submitted).get();
            template.send(Topics.COMMENT_SUBMITTED, commentId, submitted).get();

            // Then it is held once, with one verdict on the topic
            ModerationCase stored = await().atMost(Duration.ofSeconds(60))
                    .until(() -> mongo.findById(commentId, ModerationCase.class), Objects::nonNull);
            assertThat(stored.status()).isEqualTo(CommentStatus.HELD);
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.eventsFor(commentId).size() == 1);
            CommentModerated verdict = (CommentModerated) reader.eventsFor(commentId).get(0);
            assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
            assertThat(verdict.revision()).isEqualTo(1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> reader.eventsFor(commentId).size() == 1);
        }
    }
}
