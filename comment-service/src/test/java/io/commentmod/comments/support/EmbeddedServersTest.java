package io.commentmod.comments.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.commentmod.testsupport.EmbeddedMongo;

/**
 * The whole service on real servers inside the test JVM: Tomcat on a random port, a KRaft Kafka broker and
 * mongo-java-server. Every integration test class extends this unchanged, so they share one Spring context and one
 * broker. One partition per topic makes "nothing was published" provable: once a later event is visible, anything
 * published before it would be visible too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "commentmod.kafka.partitions=1",
        "commentmod.kafka.retries=2",
        "commentmod.kafka.initial-backoff=100ms",
        "commentmod.kafka.not-ready-patience=2s",
        // Tests post far faster than any person; the limiter stays on (it is on the path of every submission)
        // with limits no test reaches. RateLimitIntegrationTest checks the limits themselves.
        "commentmod.ingest.rate-limit.per-address=1000000/1s",
        "commentmod.ingest.rate-limit.per-author=1000000/1s"})
@EmbeddedKafka(partitions = 1)
public abstract class EmbeddedServersTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "comments-it");
    }

    @LocalServerPort
    private int port;

    @Autowired
    private KafkaTemplate<String, Object> kafka;

    @Autowired
    private KafkaConnectionDetails kafkaConnection;

    @Autowired
    protected MongoTemplate mongo;

    protected CommentServiceDriver service;

    @BeforeEach
    void connectDriver() {
        service = new CommentServiceDriver(port, kafka, mongo, String.join(",", kafkaConnection.getBootstrapServers()));
    }
}
