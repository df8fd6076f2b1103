package io.commentmod.comments.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One token bucket per key, lock-free and O(1) per request, in bounded memory.
 * <p>
 * Each bucket is a single {@code long}, the "theoretical arrival time" of the generic cell rate algorithm: every
 * admitted request pushes it one interval ({@code period / requests}) into the future, and a request is refused
 * when that would put it more than one period ahead of now. That is a token bucket of {@code requests} tokens
 * refilled evenly over the period, updated with one compare-and-set.
 * <p>
 * Memory is bounded by two generations of at most {@code maxKeys / 2} keys each: keys live in the current
 * generation; when it is full it becomes the previous one and a fresh one starts; a key found only in the previous
 * generation moves back to the current one. So a key is forgotten only after a whole generation passed without it,
 * and a forgotten key just starts again with a full bucket.
 */
final class TokenBuckets {

    private final long intervalNanos;
    private final long periodNanos;
    private final int generationSize;
    private final AtomicReference<Generations> generations;

    private record Generations(ConcurrentHashMap<String, AtomicLong> current,
            ConcurrentHashMap<String, AtomicLong> previous) {
    }

    TokenBuckets(Limit limit, int maxKeys) {
        this.intervalNanos = limit.intervalNanos();
        this.periodNanos = limit.per().toNanos();
        this.generationSize = Math.max(1, maxKeys / 2);
        this.generations = new AtomicReference<>(new Generations(new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
    }

    /**
     * Takes a token for the key if it has one.
     *
     * @param nowNanos the current time on any fixed scale, in nanoseconds
     * @return 0 when admitted, otherwise the nanoseconds until the key has a token again
     */
    long tryAcquire(String key, long nowNanos) {
        AtomicLong arrival = bucketOf(key);
        while (true) {
            long theoretical = arrival.get();
            long next = Math.max(theoretical, nowNanos) + intervalNanos;
            long wait = next - nowNanos - periodNanos;
            if (wait > 0) {
                return wait;
            }
            if (arrival.compareAndSet(theoretical, next)) {
                return 0;
            }
        }
    }

    /** How many keys are remembered right now; for tests and metrics. */
    int trackedKeys() {
        Generations now = generations.get();
        return now.current().size() + now.previous().size();
    }

    private AtomicLong bucketOf(String key) {
        Generations seen = generations.get();
        AtomicLong bucket = seen.current().get(key);
        if (bucket != null) {
            return bucket;
        }
        AtomicLong survivor = seen.previous().get(key);
        AtomicLong fresh = survivor != null ? survivor : new AtomicLong(Long.MIN_VALUE);
        AtomicLong raced = seen.current().putIfAbsent(key, fresh);
        if (raced != null) {
            return raced;
        }
        if (survivor == null && seen.current().size() > generationSize) {
            // One thread wins the swap; the others carry on with what they have.
            generations.compareAndSet(seen, new Generations(new ConcurrentHashMap<>(), seen.current()));
        }
        return fresh;
    }
}
