package io.commentmod.kit.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes outbox entries to Kafka and then removes them from their document.
 * <p>
 * The write path calls {@link #publish} right after its document update, so events leave at once; acknowledged entries
 * are removed in bulk every few milliseconds. A crash between the update and the removal leaves the entry behind, and
 * the sweep publishes it again later. Delivery is therefore
 * at least once, and every consumer is idempotent on the event id or the comment id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long REMOVAL_PAUSE_MS = 20;
    private static final int REMOVAL_BATCH = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, Object> kafka;
    private final List<OutboxCollection> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter published;
    private final Counter swept;
    private final Queue<Removal> removals = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService sweeper;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, List<OutboxCollection> collections,
            OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("outbox.published").description("Outbox entries sent to Kafka")
                .register(meters);
        this.swept = Counter.builder("outbox.swept")
                .description("Outbox entries sent by the sweep because the immediate publish did not finish")
                .register(meters);
    }

    /** Sends the entries of a document that was just written, and removes each once the broker has it. */
    public void publish(String collection, Object documentId, List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            java.util.concurrent.CompletableFuture<?> sent;
            try {
                sent = kafka.send(entry.topic(), entry.key(), entry.event());
            } catch (RuntimeException e) {
                // The entry is stored with the state change: the sweep publishes it once the broker is back.
                log.warn("Publishing {} {} failed; the sweep will retry: {}", entry.topic(), entry.eventId(),
                        e.getMessage());
                continue;
            }
            sent.whenComplete((result, failure) -> {
                if (failure != null) {
                    log.warn("Publishing {} {} failed; the sweep will retry: {}", entry.topic(), entry.eventId(),
                            failure.getMessage());
                } else {
                    published.increment();
                    removals.add(new Removal(collection, documentId, entry.eventId()));
                }
            });
        }
    }

    /** One pass over every declared collection; returns how many entries it published. */
    public int sweepOnce() {
        int sent = 0;
        Instant cutoff = clock.instant().minus(properties.sweepAfter());
        for (OutboxCollection collection : collections) {
            List<PendingDocument> pending = mongo.find(
                    query(where(OutboxEntry.FIELD + ".createdAt").lt(cutoff)).limit(properties.batchSize()),
                    PendingDocument.class, collection.name());
            for (PendingDocument document : pending) {
                for (OutboxEntry entry : document.outbox()) {
                    if (!entry.createdAt().isBefore(cutoff)) {
                        continue;
                    }
                    try {
                        kafka.send(entry.topic(), entry.key(), entry.event())
                                .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return sent;
                    } catch (Exception e) {
                        log.warn("Sweep could not publish {} {}; next sweep retries: {}", entry.topic(),
                                entry.eventId(), e.getMessage());
                        return sent;
                    }
                    remove(collection.name(), document.id(), entry.eventId());
                    swept.increment();
                    published.increment();
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * Removes the entries the broker has acknowledged since the last call, one bulk write per collection: under load
     * that is one round trip for many events instead of one each. Entries a failed write leaves behind are published
     * again by the sweep, and consumers are idempotent.
     */
    void removeAcknowledged() {
        List<Removal> batch = new ArrayList<>();
        for (Removal next = removals.poll(); next != null && batch.size() < REMOVAL_BATCH; next = removals.poll()) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<Removal>> byCollection = new LinkedHashMap<>();
        batch.forEach(removal -> byCollection.computeIfAbsent(removal.collection(), c -> new ArrayList<>()).add(removal));
        byCollection.forEach((collection, inCollection) -> {
            try {
                BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
                for (Removal removal : inCollection) {
                    bulk.updateOne(query(where("_id").is(removal.documentId())), new Update().pull(OutboxEntry.FIELD,
                            query(where("eventId").is(removal.eventId()))));
                }
                bulk.execute();
            } catch (RuntimeException e) {
                log.warn("Could not remove {} published outbox entries from {}; the sweep publishes them again: {}",
                        inCollection.size(), collection, e.getMessage());
            }
        });
    }

    private record Removal(String collection, Object documentId, String eventId) {
    }

    private void remove(String collection, Object documentId, String eventId) {
        try {
            mongo.updateFirst(query(where("_id").is(documentId)),
                    new Update().pull(OutboxEntry.FIELD, query(where("eventId").is(eventId))), collection);
        } catch (RuntimeException e) {
            // The entry stays and is published again by the sweep; consumers are idempotent.
            log.warn("Could not remove published outbox entry {} from {}: {}", eventId, collection, e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::removeAcknowledgedSafely, REMOVAL_PAUSE_MS, REMOVAL_PAUSE_MS,
                TimeUnit.MILLISECONDS);
        sweeper = executor;
    }

    private void removeAcknowledgedSafely() {
        try {
            while (!removals.isEmpty()) {
                removeAcknowledged();
            }
        } catch (RuntimeException e) {
            log.warn("Removing published outbox entries failed: {}", e.getMessage());
        }
    }

    private void sweepSafely() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = sweeper;
        sweeper = null;
        if (executor != null) {
            executor.shutdownNow();
            removeAcknowledgedSafely();
        }
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }

    record PendingDocument(@Id Object id, List<OutboxEntry> outbox) {
    }
}
