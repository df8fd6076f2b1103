package io.commentmod.moderation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.EmbeddedMongo;
import io.commentmod.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The service on real servers: an in-JVM Kafka broker, mongo-java-server and Tomcat on a random port. Every
 * integration test class extends this one unchanged, so they all share one application context and one broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                // the learning consumer's group is new in every test run: read the decisions from the start, and
                // save a snapshot after every learned decision, so tests see both without waiting
                "commentmod.moderation.model.learning-start=earliest",
                "commentmod.moderation.model.snapshot-every=1",
                // short enough for a test to watch a console session expire
                "commentmod.moderation.security.console-session-timeout=3s"})
@EmbeddedKafka
public abstract class ModerationIntegrationTest {

    protected static final String GROUP = "moderation-service";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "moderation-it");
    }

    @Autowired
    protected KafkaTemplate<String, Object> kafka;

    @Autowired
    protected MongoTemplate mongo;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @LocalServerPort
    protected int port;

    protected static final String MODERATOR = "moderator";
    protected static final String MODERATOR_PASSWORD = "moderator-pass";

    /**
     * Each test starts with no cases and no history, so queue contents and the history rules see exactly what the
     * test created.
     */
    @BeforeEach
    void startWithoutCases() {
        mongo.remove(new Query(), ModerationCase.class);
        mongo.remove(new Query(), AuthorActivity.AUTHORS);
        mongo.remove(new Query(), AuthorActivity.TEXTS);
    }

    /** What an HTTP call answered: the status and the JSON body, whatever the status. */
    protected record Answer(int status, String contentType, JsonNode body) {
    }

    protected static String newCommentId() {
        return "c-" + UUID.randomUUID();
    }

    protected static CommentSubmitted submitted(String commentId, String body) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new CommentSubmitted(EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, commentId, now),
                commentId, new ArticleRef("a-tears", "When a therapist cries", "https://example.org/a-tears",
                        new Person("Dr. Dana Lee", "dana.lee@example.org")),
                null, new Person("Robin", "robin-" + commentId + "@example.org"), body, false, false, now);
    }

    protected TopicReader verdictReader() {
        return new TopicReader(brokers, Topics.COMMENT_MODERATED);
    }

    protected static List<CommentModerated> verdicts(TopicReader reader, String commentId) {
        return reader.eventsFor(commentId).stream().map(CommentModerated.class::cast).toList();
    }

    protected ModerationCase awaitCase(String commentId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(commentId, ModerationCase.class), java.util.Objects::nonNull);
    }

    protected Answer moderatorGet(String path) {
        return get(path, MODERATOR, MODERATOR_PASSWORD);
    }

    protected Answer moderatorPost(String path, String json) {
        return post(path, json, MODERATOR, MODERATOR_PASSWORD);
    }

    protected void send(String topic, String key, Object event) throws Exception {
        kafka.send(topic, key, event).get();
    }

    protected Answer get(String path, String user, String password) {
        return client(user, password).get().uri(path).exchange((request, response) -> new Answer(
                response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.bodyTo(JsonNode.class)));
    }

    protected Answer post(String path, String json, String user, String password) {
        return client(user, password).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(JsonNode.class)));
    }

    protected Answer put(String path, String json, String user, String password) {
        return client(user, password).put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(JsonNode.class)));
    }

    /** A request without credentials. */
    protected Answer anonymousGet(String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port).build().get().uri(path)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(JsonNode.class)));
    }

    /** A request without credentials, with an empty JSON object as its body. */
    protected Answer anonymous(String method, String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port).build()
                .method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), response.bodyTo(JsonNode.class)));
    }

    /** A comment by a given author on a given article. */
    protected static CommentSubmitted submitted(String commentId, String articleId, String authorEmail,
            String body) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new CommentSubmitted(EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, commentId, now),
                commentId, new ArticleRef(articleId, "Article " + articleId, "https://example.org/" + articleId,
                        new Person("Dr. Dana Lee", "dana.lee@example.org")),
                null, new Person("Reader", authorEmail), body, false, false, now);
    }

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "admin-pass";

    private RestClient client(String user, String password) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, password)).build();
    }

    /**
     * Waits until the service's consumer group has committed every record on the topic, i.e. the service has
     * processed everything sent so far. Lets a test assert that something did NOT happen without sleeping.
     */
    protected void awaitConsumed(String topic) {
        awaitConsumed(topic, GROUP);
    }

    /** {@link #awaitConsumed(String)} for another consumer group of the service. */
    protected void awaitConsumed(String topic, String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet()
                        .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                return partitions.stream().allMatch(p -> {
                    OffsetAndMetadata done = committed.get(p);
                    return ends.get(p) == 0 || (done != null && done.offset() >= ends.get(p));
                });
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
