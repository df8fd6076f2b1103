package io.commentmod.comments.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.DomainEvent;
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
    private static final java.util.Random RANDOM = new java.util.Random();

    private final RestTestClient http;
    private final KafkaTemplate<String, Object> kafka;
    private final MongoTemplate mongo;
    private final String bootstrapServers;
    private String settleArticle;

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

    /** Posts a comment through the ingest API, expects 202, waits until it is stored and returns the new id. */
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
        return awaitStored(accepted.id());
    }

    /**
     * The store is written from the topic a moment after the {@code 202}; tests that go on to look at the store or
     * count it start from there.
     */
    public String awaitStored(String commentId) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(stored(commentId)).as("comment %s stored", commentId)
                .isNotNull());
        return commentId;
    }

    private record Accepted(String id, CommentStatus status) {
    }

    public String submit(String articleId, String body) {
        return submit(articleId, null, "Reader", "reader@example.org", body, false);
    }

    public void sendVerdict(CommentModerated verdict) throws Exception {
        sendVerdict(verdict.commentId(), verdict);
    }

    /** A verdict on the partition of {@code key}: verdicts sent with one key are polled together, in order. */
    public void sendVerdict(String key, CommentModerated verdict) throws Exception {
        kafka.send(Topics.COMMENT_MODERATED, key, verdict).get(10, TimeUnit.SECONDS);
    }

    public CommentDocument stored(String commentId) {
        return mongo.findById(commentId, CommentDocument.class, CommentDocument.COLLECTION);
    }

    /**
     * How many comments are stored once everything accepted so far is: the store is written from the topic in order
     * (one partition in tests), so when a comment accepted now is stored, every earlier one is too.
     */
    public long storedComments() {
        if (settleArticle == null) {
            settleArticle = registerArticle("Settling Therapist", "settling.therapist@example.org");
        }
        submitSentinel(settleArticle);
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

    /**
     * Proves that a refused request left nothing behind: once a sentinel comment accepted afterwards is stored, the
     * store holds just that one more than before, and no {@code CommentSubmitted} carries the marker. Topics have one partition, so once a sentinel comment submitted
     * afterwards is on the topic, anything the refused request had published would be visible too.
     */
    public void assertNothingStoredOrPublished(String marker, long commentsBefore, String sentinelArticle) {
        String sentinel = submitSentinel(sentinelArticle);
        assertThat(mongo.getCollection(CommentDocument.COLLECTION).countDocuments()).as("comments stored")
                .isEqualTo(commentsBefore + 1);
        assertThat(submittedEventsUpTo(sentinel)).extracting(ConsumerRecord::value)
                .noneSatisfy(event -> assertThat(String.valueOf(event)).contains(marker));
    }

    /**
     * A comment from an author and a client address of its own, so it is never held back by the rate limits a
     * test is exercising (the address only counts where the loopback proxy is trusted, and is ignored elsewhere).
     */
    private String submitSentinel(String articleId) {
        String email = uniqueId("sentinel") + "@example.org";
        Accepted accepted = http.post().uri("/api/v1/comments").header("X-Api-Key", SITE_KEY)
                .header("X-Forwarded-For", "198.18." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(Map.of("articleId", articleId, "author", Map.of("name", "Sentinel", "email", email),
                        "body", "A sentinel comment after a refused one")))
                .exchange().expectStatus().isAccepted().expectBody(Accepted.class).returnResult().getResponseBody();
        return awaitStored(accepted.id());
    }

    /**
     * Every {@code CommentSubmitted} from the start of the topic up to (at least) the given comment's. One reader per
     * broker is kept for the whole test run and assigned the partitions directly: no consumer group to join and no
     * re-reading, which keeps a check that runs after every refused request fast.
     */
    private List<ConsumerRecord<String, DomainEvent>> submittedEventsUpTo(String commentId) {
        SubmittedEvents events = SUBMITTED.computeIfAbsent(bootstrapServers, SubmittedEvents::new);
        await().atMost(PATIENCE).until(() -> events.pollFor(commentId));
        return events.seen();
    }

    private static final Map<String, SubmittedEvents> SUBMITTED = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class SubmittedEvents {

        private final KafkaConsumer<String, DomainEvent> consumer;
        private final List<ConsumerRecord<String, DomainEvent>> seen = new ArrayList<>();

        SubmittedEvents(String bootstrapServers) {
            Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    JacksonJsonDeserializer.TRUSTED_PACKAGES, Topics.TRUSTED_PACKAGE,
                    JacksonJsonDeserializer.TYPE_MAPPINGS, Topics.typeMappingProperty());
            JacksonJsonDeserializer<DomainEvent> json = new JacksonJsonDeserializer<>();
            json.configure(config, false);
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ErrorHandlingDeserializer<>(json));
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMMENT_SUBMITTED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        synchronized boolean pollFor(String commentId) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            return seen.stream().anyMatch(record -> commentId.equals(record.key()));
        }

        synchronized List<ConsumerRecord<String, DomainEvent>> seen() {
            return List.copyOf(seen);
        }
    }

    public TopicReader read(String topic) {
        return new TopicReader(bootstrapServers, topic);
    }
}
