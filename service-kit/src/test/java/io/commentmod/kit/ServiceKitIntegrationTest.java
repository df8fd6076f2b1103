package io.commentmod.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.health.KafkaClusterHealthIndicator;
import io.commentmod.kit.health.MongoPingHealthIndicator;
import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.kit.outbox.OutboxRelay;
import io.commentmod.testsupport.EmbeddedMongo;
import io.commentmod.testsupport.TopicReader;

@SpringBootTest(classes = KitTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "commentmod.kafka.retries=1",
        "commentmod.kafka.initial-backoff=50ms",
        "commentmod.outbox.sweep-interval=200ms",
        "commentmod.outbox.sweep-after=1s"})
@EmbeddedKafka(partitions = 1)
class ServiceKitIntegrationTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "kit-it");
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    KafkaTemplate<String, Object> kafka;
    @Autowired
    KitTestApplication.ReportListener listener;
    @Autowired
    MongoPingHealthIndicator mongoHealth;
    @Autowired
    KafkaClusterHealthIndicator kafkaHealth;
    @org.springframework.beans.factory.annotation.Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private CommentReported report(String commentId, String reason, Instant at) {
        return new CommentReported(EventMeta.create(CommentReported.TYPE, 1, commentId, at), commentId, "a-1",
                UUID.randomUUID().toString(), reason, 1, CommentStatus.PUBLISHED, at);
    }

    @Test
    void anEventStoredWithItsStateChangeIsPublishedAndThenRemovedFromTheDocument() {
        String id = "doc-" + UUID.randomUUID();
        CommentReported event = report(id, "rude", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        OutboxEntry entry = OutboxEntry.of(event);
        mongo.insert(new Thing(id, "changed", List.of(entry)), "things");

        relay.publish("things", id, List.of(entry));

        try (TopicReader reader = new TopicReader(brokers, Topics.COMMENT_REPORTED)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(reader.eventsFor(id)).containsExactly(event));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(id, Document.class, "things").getList("outbox", Object.class)).isEmpty());
    }

    @Test
    void theSweepPublishesEntriesLeftBehindByACrash() {
        String id = "doc-" + UUID.randomUUID();
        CommentReported event = report(id, "spam", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
        mongo.insert(new Thing(id, "changed before the crash", List.of(OutboxEntry.of(event))), "things");

        try (TopicReader reader = new TopicReader(brokers, Topics.COMMENT_REPORTED)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(reader.eventsFor(id)).containsExactly(event));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(id, Document.class, "things").getList("outbox", Object.class)).isEmpty());
        assertThat(listener.received).extracting(CommentReported::commentId).contains(id);
    }

    @Test
    void aRecordThatKeepsFailingGoesToTheDeadLetterTopicAndOthersStillFlow() {
        String poisonId = "poison-" + UUID.randomUUID();
        String goodId = "good-" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        kafka.send(Topics.COMMENT_REPORTED, poisonId, report(poisonId, KitTestApplication.POISON_REASON, now));
        kafka.send(Topics.COMMENT_REPORTED, goodId, report(goodId, "fine", now));

        try (TopicReader dead = new TopicReader(brokers, Topics.deadLetterOf(Topics.COMMENT_REPORTED))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(dead.eventsFor(poisonId)).hasSize(1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(listener.received).extracting(CommentReported::commentId).contains(goodId));
    }

    @Test
    void unreadableBytesAreDeadLetteredAtOnceWithTheirOriginalContent() {
        String key = "garbage-" + UUID.randomUUID();
        var config = java.util.Map.<String, Object>of("bootstrap.servers", brokers);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMENT_REPORTED, key,
                    "{not json".getBytes(StandardCharsets.UTF_8)));
        }
        var rawConfig = java.util.Map.<String, Object>of("bootstrap.servers", brokers, "group.id",
                "raw-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(rawConfig,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(Topics.COMMENT_REPORTED)));
            List<ConsumerRecord<String, byte[]>> seen = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).filteredOn(r -> key.equals(r.key()))
                        .singleElement()
                        .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
            });
        }
    }

    @Test
    void healthChecksAnswerOnAnEmbeddedMongoAndBroker() {
        assertThat(mongoHealth.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(kafkaHealth.health(true).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void eventsAreTypedByLogicalNameNotByClassName() {
        String id = "typed-" + UUID.randomUUID();
        kafka.send(Topics.COMMENT_REPORTED, id, report(id, "typed", Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        var rawConfig = java.util.Map.<String, Object>of("bootstrap.servers", brokers, "group.id",
                "hdr-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(rawConfig,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.COMMENT_REPORTED));
            List<ConsumerRecord<String, byte[]>> seen = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).filteredOn(r -> id.equals(r.key())).singleElement().satisfies(r ->
                        assertThat(new String(r.headers().lastHeader("__TypeId__").value(), StandardCharsets.UTF_8))
                                .isEqualTo(CommentReported.TYPE));
            });
        }
    }

    record Thing(String id, String state, List<OutboxEntry> outbox) {
    }

}
