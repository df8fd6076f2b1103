package io.commentmod.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Consumer lag of the services' groups (committed offsets against the log end, as {@code kafka-consumer-groups}
 * shows it) and the raw-producer baseline.
 */
final class KafkaProbe implements AutoCloseable {

    /** The pipeline's groups and the topics whose lag says whether each keeps up. */
    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("moderation-service", List.of("comment-submitted"));
        GROUPS.put("comment-service", List.of("comment-submitted", "comment-moderated"));
        GROUPS.put("notification-service", List.of("comment-status-changed", "comment-moderated"));
    }

    static final String BENCH_TOPIC = "bench-producer";

    private final String bootstrap;
    private final Admin admin;

    KafkaProbe(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "load-generator-admin");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        admin = Admin.create(props);
    }

    /** Messages each group still has to read on its topics; -1 when it could not be asked. */
    Map<String, Long> lags() {
        Map<String, Long> lags = new LinkedHashMap<>();
        try {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            for (String group : GROUPS.keySet()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                committed.put(group, offsets);
                for (TopicPartition tp : offsets.keySet()) {
                    if (GROUPS.get(group).contains(tp.topic())) {
                        wanted.put(tp, OffsetSpec.latest());
                    }
                }
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS);
            for (String group : GROUPS.keySet()) {
                long lag = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.get(group).entrySet()) {
                    ListOffsetsResult.ListOffsetsResultInfo end = ends.get(e.getKey());
                    if (end != null && e.getValue() != null) {
                        lag += Math.max(0, end.offset() - e.getValue().offset());
                    }
                }
                lags.put(group, lag);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            for (String group : GROUPS.keySet()) {
                lags.putIfAbsent(group, -1L);
            }
        }
        return lags;
    }

    /** Flat-out 1 KB records with acks=all and linger 5 ms to {@value #BENCH_TOPIC}, which is deleted afterwards. */
    Map<String, Object> producerBaseline(Duration duration) throws Exception {
        Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        if (!topics.contains(BENCH_TOPIC)) {
            admin.createTopics(List.of(new NewTopic(BENCH_TOPIC, 6, (short) 1))).all().get(15, TimeUnit.SECONDS);
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "load-generator-bench");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] value = new byte[1024];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) ('a' + i % 26);
        }
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long sent = 0;
        long start;
        long end;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            // one record first, so metadata lookup and connection set-up are not timed
            producer.send(new ProducerRecord<>(BENCH_TOPIC, value)).get(15, TimeUnit.SECONDS);
            start = System.nanoTime();
            long stopAt = start + duration.toNanos();
            while (System.nanoTime() < stopAt) {
                producer.send(new ProducerRecord<>(BENCH_TOPIC, value), (metadata, error) -> {
                    if (error == null) {
                        acked.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
                sent++;
            }
            producer.flush();
            end = System.nanoTime();
        }
        // leave no baseline data behind in the local stack's data folder
        admin.deleteTopics(List.of(BENCH_TOPIC)).all().get(30, TimeUnit.SECONDS);
        double seconds = (end - start) / 1e9;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("topic", BENCH_TOPIC);
        map.put("recordBytes", value.length);
        map.put("acks", "all");
        map.put("lingerMs", 5);
        map.put("seconds", HttpLoad.round(seconds, 3));
        map.put("sent", sent);
        map.put("acked", acked.get());
        map.put("failed", failed.get());
        map.put("recordsPerSecond", HttpLoad.round(acked.get() / seconds, 1));
        map.put("megabytesPerSecond", HttpLoad.round(acked.get() * value.length / seconds / 1e6, 2));
        return map;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(3));
    }
}
