package io.commentmod.comments.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long START = Duration.ofDays(20_000).toNanos();

    @Test
    void aBurstOfTheWholeLimitIsAdmittedAndTheNextRequestWaitsOneInterval() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("60/1m"), 1000);

        for (int i = 0; i < 60; i++) {
            assertThat(buckets.tryAcquire("a", START)).as("request %d", i + 1).isZero();
        }

        assertThat(buckets.tryAcquire("a", START)).isEqualTo(SECOND);
    }

    @Test
    void tokensComeBackEvenlyOverThePeriod() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("60/1m"), 1000);
        for (int i = 0; i < 60; i++) {
            buckets.tryAcquire("a", START);
        }

        assertThat(buckets.tryAcquire("a", START + SECOND - 1)).isEqualTo(1);
        assertThat(buckets.tryAcquire("a", START + SECOND)).isZero();
        assertThat(buckets.tryAcquire("a", START + SECOND)).isPositive();
    }

    @Test
    void afterAWholePeriodTheFullBurstIsAvailableAgain() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("5/1m"), 1000);
        for (int i = 0; i < 5; i++) {
            buckets.tryAcquire("a", START);
        }

        long later = START + Duration.ofMinutes(1).toNanos();
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.tryAcquire("a", later)).isZero();
        }
        assertThat(buckets.tryAcquire("a", later)).isPositive();
    }

    @Test
    void keysAreCountedSeparately() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("1/1h"), 1000);

        assertThat(buckets.tryAcquire("a", START)).isZero();
        assertThat(buckets.tryAcquire("a", START)).isPositive();
        assertThat(buckets.tryAcquire("b", START)).isZero();
    }

    @Test
    void aBenchmarkLimitAdmits2000RequestsASecondFromOneKey() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("1000000/1s"), 1000);

        for (int i = 0; i < 2000; i++) {
            assertThat(buckets.tryAcquire("load-generator", START + i * (SECOND / 2000))).isZero();
        }
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfKeys() {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("1/1h"), 1000);

        for (int i = 0; i < 100_000; i++) {
            buckets.tryAcquire("client-" + i, START);
        }

        assertThat(buckets.trackedKeys()).isLessThanOrEqualTo(1001);
    }

    @Test
    void aKeyInUseSurvivesAFloodOfNewKeys() {
        // Given a client that used up its allowance
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("1/1h"), 1000);
        buckets.tryAcquire("abuser", START);

        // When many other keys arrive while it keeps trying
        for (int i = 0; i < 10_000; i++) {
            buckets.tryAcquire("client-" + i, START);
            if (i % 100 == 0) {
                assertThat(buckets.tryAcquire("abuser", START)).as("after %d other keys", i).isPositive();
            }
        }

        // Then it is still refused
        assertThat(buckets.tryAcquire("abuser", START)).isPositive();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheLimit() throws Exception {
        TokenBuckets buckets = new TokenBuckets(Limit.valueOf("100/1h"), 1000);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int t = 0; t < 8; t++) {
                threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 1000; i++) {
                        if (buckets.tryAcquire("shared", START) == 0) {
                            admitted.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            start.countDown();
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(admitted).hasValue(100);
    }
}
