package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.testsupport.EmbeddedMongo;

/**
 * A comment is accepted only once the broker has its event. With no broker to take it, the website gets a clear 503
 * it can retry, never a 202 for a comment that is then lost, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // nothing listens on port 9 (discard): every connection is refused, as with a broker that is down
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "spring.kafka.admin.auto-create=false",
        "spring.kafka.producer.properties.max.block.ms=1500"})
class IngestWithoutBrokerIntegrationTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "comments-without-broker");
    }

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void commentPostedWhileTheBrokerIsDownIsRefusedWith503AndNothingIsKept() {
        // Given
        RestTestClient http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String article = CommentServiceDriver.uniqueId("article");
        http.put().uri("/api/v1/articles/{id}", article).header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .body(CommentServiceDriver.json(Map.of("title", "Broker down", "url", "https://example.org/" + article,
                        "therapist", Map.of("name", "Dr. Jane Doe", "email", "jane.doe@example.org"))))
                .exchange().expectStatus().isCreated();

        // When
        http.post().uri("/api/v1/comments").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .body(CommentServiceDriver.json(Map.of("articleId", article,
                        "author", Map.of("name", "Maya", "email", "maya@example.org"), "body", "Lost in transit?")))
                .exchange()
                // Then
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Comments cannot be accepted right now")
                .jsonPath("$.retryAfterSeconds").isEqualTo(5);
        assertThat(mongo.getCollection(CommentDocument.COLLECTION).countDocuments()).isZero();
    }
}
