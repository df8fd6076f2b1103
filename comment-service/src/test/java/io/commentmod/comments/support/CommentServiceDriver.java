package io.commentmod.comments.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.TopicReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a running comment-service the way its clients do: the website over HTTP with its API key, readers over
 * HTTP without one, moderation-service through the verdict topic. Also reads what the service stored and published.
 */
public final class CommentServiceDriver {

    public static final String SITE_KEY = "local-site-key";
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient http;
    private final KafkaTemplate<String, Object> kafka;
    private final MongoTemplate mongo;
    private final String bootstrapServers;

    public CommentServiceDriver(int port, KafkaTemplate<String, Object> kafka, MongoTemplate mongo,
            String bootstrapServers) {
        this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        this.kafka = kafka;
        this.mongo = mongo;
        this.bootstrapServers = bootstrapServers;
    }

    public RestTestClient http() {
        return http;
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Registers an article with a therapist and returns its id. */
    public String registerArticle(String therapistName, String therapistEmail) {
        String articleId = uniqueId("article");
        http.put().uri("/api/v1/articles/{id}", articleId).header("X-Api-Key", SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(Map.of("title", "My therapist cries during our sessions",
                        "url", "https://example.org/questions/" + articleId,
                        "therapist", Map.of("name", therapistName, "email", therapistEmail))))
                .exchange().expectStatus().isCreated();
        return articleId;
    }

    /** Posts a comment through the ingest API, expects 202 and returns the new id. */
    public String submit(String articleId, String parentId, String name, String email, String body,
            boolean notifyOnReply) {
        var request = new java.util.LinkedHashMap<String, Object>();
        request.put("articleId", articleId);
        if (parentId != null) {
            request.put("parentId", parentId);
        }
        request.put("author", Map.of("name", name, "email", email));
        request.put("body", body);
        request.put("notifyOnReply", notifyOnReply);
        Accepted accepted = http.post().uri("/api/v1/comments").header("X-Api-Key", SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON).body(json(request))
                .exchange().expectStatus().isAccepted()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/api/v1/comments/"))
                .expectBody(Accepted.class).returnResult().getResponseBody();
        assertThat(accepted.status()).isEqualTo(CommentStatus.PENDING);
        return accepted.id();
    }

    private record Accepted(String id, CommentStatus status) {
    }

    public String submit(String articleId, String body) {
        return submit(articleId, null, "Reader", "reader@example.org", body, false);
    }

    public void sendVerdict(CommentModerated verdict) throws Exception {
        kafka.send(Topics.COMMENT_MODERATED, verdict.commentId(), verdict).get(10, TimeUnit.SECONDS);
    }

    public CommentDocument stored(String commentId) {
        return mongo.findById(commentId, CommentDocument.class, CommentDocument.COLLECTION);
    }

    public long storedComments() {
        return mongo.getCollection(CommentDocument.COLLECTION).countDocuments();
    }

    /** The outbox array as stored, read raw so the assertion does not depend on mapping the events back. */
    public List<?> outboxOf(String commentId) {
        Document raw = mongo.findById(commentId, Document.class, CommentDocument.COLLECTION);
        assertThat(raw).as("comment %s", commentId).isNotNull();
        List<?> outbox = raw.getList(CommentDocument.Fields.OUTBOX, Object.class);
        return outbox == null ? List.of() : outbox;
    }

    public void awaitStatus(String commentId, CommentStatus status) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(stored(commentId).status()).isEqualTo(status));
    }

    public void awaitOutboxEmptied(String commentId) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxOf(commentId)).isEmpty());
    }

    /**
     * Sends a verdict for a fresh comment and waits until its status change is on the topic. Verdicts share one
     * partition and status changes too, so by then every verdict sent earlier has been handled and anything it
     * announced is already visible to {@code statusChanges}: the way to prove that something was NOT announced.
     */
    public void awaitEarlierVerdictsHandled(TopicReader statusChanges) throws Exception {
        String article = registerArticle("Sentinel Therapist", "sentinel.therapist@example.org");
        String sentinel = submit(article, "A sentinel comment");
        sendVerdict(Verdicts.automatic(sentinel, article, io.commentmod.contracts.Decision.PUBLISH, 1));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(sentinel)).isNotEmpty());
    }

    public TopicReader read(String topic) {
        return new TopicReader(bootstrapServers, topic);
    }
}
