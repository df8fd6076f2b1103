package io.commentmod.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;

/**
 * Reads the events on a topic from the beginning, the way a test asserts what a service published (or that it
 * published nothing).
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, DomainEvent> consumer;
    private final List<ConsumerRecord<String, DomainEvent>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                JacksonJsonDeserializer.TRUSTED_PACKAGES, Topics.TRUSTED_PACKAGE,
                JacksonJsonDeserializer.TYPE_MAPPINGS, Topics.typeMappingProperty());
        JacksonJsonDeserializer<DomainEvent> json = new JacksonJsonDeserializer<>();
        json.configure(config, false);
        // Records that are not events (poison pills in tests) read as null instead of stopping the reader.
        ErrorHandlingDeserializer<DomainEvent> values = new ErrorHandlingDeserializer<>(json);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        consumer.subscribe(List.of(topic));
    }

    /** Everything read so far plus what arrives within {@code wait}. */
    public List<ConsumerRecord<String, DomainEvent>> poll(Duration wait) {
        consumer.poll(wait).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** The events read so far (plus one short poll) whose key is the given comment id; unreadable records skipped. */
    public List<DomainEvent> eventsFor(String key) {
        return poll(Duration.ofMillis(200)).stream().filter(r -> key.equals(r.key()) && r.value() != null)
                .map(ConsumerRecord::value).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
