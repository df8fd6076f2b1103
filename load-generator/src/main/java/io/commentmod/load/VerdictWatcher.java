package io.commentmod.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code comment-status-changed} from its end, on its own thread, and notes when this process received each
 * comment's first transition out of PENDING (the automatic verdict comment-service applied). It assigns itself every
 * partition instead of joining a consumer group: nothing to rebalance, no offsets left behind, and nothing added to
 * the services' work; it only reads what the broker already serves them.
 */
final class VerdictWatcher implements AutoCloseable {

    static final String TOPIC = "comment-status-changed";

    /** @param receivedNanos this process's {@link System#nanoTime()} when the poll returned it */
    record Verdict(long receivedNanos, String status) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong lastVerdictNanos = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private Thread thread;

    VerdictWatcher(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "load-generator-verdicts");
        consumer = new KafkaConsumer<>(props);
    }

    /** Positions at the current end of every partition, then starts reading; returns once positioned. */
    void start() {
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(15));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + TOPIC + " does not exist: is the system running?");
        }
        for (PartitionInfo info : infos) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        for (TopicPartition partition : partitions) {
            consumer.position(partition, Duration.ofSeconds(15));
        }
        thread = new Thread(this::loop, "verdict-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(200));
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> record : batch) {
                    records.incrementAndGet();
                    accept(record.key(), record.value(), now);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
            stopped.countDown();
        }
    }

    void accept(String key, String value, long now) {
        String id = key;
        String from;
        String to;
        try {
            Map<String, Object> event = Json.parseObject(value);
            if (event.get("commentId") instanceof String commentId) {
                id = commentId;
            }
            from = String.valueOf(event.get("from"));
            to = String.valueOf(event.get("to"));
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
            return;
        }
        if (id == null || !"PENDING".equals(from)) {
            return;
        }
        if ("REJECTED".equals(to)) {
            rejected.add(id);
        }
        if (verdicts.putIfAbsent(id, new Verdict(now, to)) == null) {
            lastVerdictNanos.accumulateAndGet(now, Math::max);
        }
    }

    Map<String, Verdict> verdicts() {
        return verdicts;
    }

    Set<String> rejected() {
        return rejected;
    }

    long records() {
        return records.get();
    }

    long unreadable() {
        return unreadable.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            consumer.wakeup();
            stopped.await(5, TimeUnit.SECONDS);
        } else {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
