package io.commentmod.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends requests on one thread, either on a fixed schedule (open loop, {@link RateSchedule}) or flat out with a fixed
 * number in flight, through one shared asynchronous {@link HttpClient}, and records what came back. Requests whose
 * intended send time falls in the warm-up are sent but not counted.
 */
final class HttpLoad implements AutoCloseable {

    /** One request and whatever the caller needs back when its response arrives. */
    record Shot(HttpRequest request, Object context) {
    }

    /** Told the run's clock before the first request leaves. */
    interface Started {
        void started(long startNanos, long measureStartNanos, long endNanos);
    }

    interface Shots {
        /** Called on the sending thread, in index order. */
        Shot prepare(long index);

        /** Called on an HTTP client thread for every response (counted or not). */
        default void onResponse(Shot shot, HttpResponse<String> response, long sentNanos, boolean measured) {
        }
    }

    /**
     * @param rate      requests per second, or 0 for flat out
     * @param inFlight  the number in flight flat out; the cap on it on a schedule
     */
    record Plan(double rate, int inFlight, Duration warmup, Duration duration, int expectedStatus) {
    }

    private final ExecutorService executor;
    private final HttpClient client;

    HttpLoad() {
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "http-client");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
    }

    HttpClient client() {
        return client;
    }

    /** What one run measured. Latencies in microseconds; {@code perSecond} counts expected-status responses by second. */
    static final class Result {
        long scheduled;
        long sent;
        long notSent;
        long measuredSent;
        long ok;
        long startNanos;
        long measureStartNanos;
        long endNanos;
        long lastResponseNanos;
        Histogram latency;
        Histogram serviceTime;
        Histogram sendLag;
        final Map<String, Long> failures = new TreeMap<>();
        final Map<String, String> failureSamples = new TreeMap<>();
        AtomicLongArray perSecond;

        double measuredSeconds() {
            return (endNanos - measureStartNanos) / 1e9;
        }

        double okPerSecond() {
            return ok / measuredSeconds();
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("measuredSeconds", round(measuredSeconds(), 3));
            map.put("sentTotal", sent);
            map.put("sentMeasured", measuredSent);
            map.put("notSentInFlightCap", notSent);
            map.put("okMeasured", ok);
            map.put("okPerSecond", round(okPerSecond(), 1));
            map.put("failures", failures);
            map.put("failureSamples", failureSamples);
            map.put("latencyFromIntendedMs", Latency.summary(latency));
            map.put("latencyFromSendMs", Latency.summary(serviceTime));
            map.put("sendLagMs", Latency.summary(sendLag));
            return map;
        }
    }

    /**
     * Runs the plan, counting expected-status answers in {@code okCounter} as they come (warm-up included) when given.
     * Returns once every sent request has an answer (or 60 s after the end).
     */
    Result run(Plan plan, Shots shots, AtomicLong okCounter, Started started) throws InterruptedException {
        Recorder latency = new Recorder(Latency.HIGHEST_MICROS, 3);
        Recorder serviceTime = new Recorder(Latency.HIGHEST_MICROS, 3);
        Recorder sendLag = new Recorder(Latency.HIGHEST_MICROS, 3);
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        Map<String, String> samples = new ConcurrentHashMap<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong lastResponse = new AtomicLong();
        Semaphore permits = new Semaphore(plan.inFlight());
        int seconds = (int) ((plan.warmup().toMillis() + plan.duration().toMillis()) / 1000) + 120;
        AtomicLongArray perSecond = new AtomicLongArray(seconds);

        long start = System.nanoTime() + 20_000_000L;
        long measureStart = start + plan.warmup().toNanos();
        long end = measureStart + plan.duration().toNanos();
        RateSchedule schedule = plan.rate() > 0 ? new RateSchedule(start, plan.rate()) : null;
        Result result = new Result();
        result.startNanos = start;
        result.measureStartNanos = measureStart;
        result.endNanos = end;
        if (started != null) {
            started.started(start, measureStart, end);
        }

        long index = 0;
        long measuredSent = 0;
        while (true) {
            long intended;
            if (schedule != null) {
                intended = schedule.intendedNanos(index);
                if (intended >= end) {
                    break;
                }
                sleepUntil(intended);
                if (!permits.tryAcquire()) {
                    long left = end - System.nanoTime();
                    if (left <= 0 || !permits.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                        result.notSent = schedule.countBefore(end) - index;
                        break;
                    }
                }
            } else {
                sleepUntil(start);
                long left = end - System.nanoTime();
                if (left <= 0 || !permits.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
                intended = System.nanoTime();
                if (intended >= end) {
                    permits.release();
                    break;
                }
            }
            Shot shot = shots.prepare(index);
            long sent = System.nanoTime();
            boolean measured = intended >= measureStart;
            if (measured) {
                measuredSent++;
            }
            long intendedAt = intended;
            client.sendAsync(shot.request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long done = System.nanoTime();
                try {
                    lastResponse.accumulateAndGet(done, Math::max);
                    if (error == null && response.statusCode() == plan.expectedStatus()) {
                        int second = (int) ((done - start) / 1_000_000_000L);
                        if (second >= 0 && second < perSecond.length()) {
                            perSecond.incrementAndGet(second);
                        }
                        if (okCounter != null) {
                            okCounter.incrementAndGet();
                        }
                    }
                    if (measured) {
                        latency.recordValue(Latency.micros(done - intendedAt));
                        serviceTime.recordValue(Latency.micros(done - sent));
                        sendLag.recordValue(Latency.micros(sent - intendedAt));
                        if (error != null) {
                            String key = "io:" + describe(error);
                            failures.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                            samples.putIfAbsent(key, String.valueOf(unwrap(error).getMessage()));
                        } else if (response.statusCode() == plan.expectedStatus()) {
                            ok.incrementAndGet();
                        } else {
                            String key = String.valueOf(response.statusCode());
                            failures.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                            String body = response.body() == null ? "" : response.body();
                            samples.putIfAbsent(key, body.length() > 300 ? body.substring(0, 300) : body);
                        }
                    }
                    if (error == null) {
                        shots.onResponse(shot, response, sent, measured);
                    }
                } finally {
                    permits.release();
                }
            });
            index++;
        }
        result.sent = index;
        result.scheduled = schedule == null ? index : index + result.notSent;
        result.measuredSent = measuredSent;
        if (!permits.tryAcquire(plan.inFlight(), 60, TimeUnit.SECONDS)) {
            failures.computeIfAbsent("unanswered 60 s after the end", k -> new AtomicLong())
                    .addAndGet(plan.inFlight() - permits.availablePermits());
        } else {
            permits.release(plan.inFlight());
        }
        result.lastResponseNanos = lastResponse.get();
        result.ok = ok.get();
        result.latency = latency.getIntervalHistogram();
        result.serviceTime = serviceTime.getIntervalHistogram();
        result.sendLag = sendLag.getIntervalHistogram();
        failures.forEach((k, v) -> result.failures.put(k, v.get()));
        result.failureSamples.putAll(samples);
        result.perSecond = perSecond;
        return result;
    }

    private static void sleepUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String describe(Throwable error) {
        Throwable e = unwrap(error);
        return e instanceof HttpTimeoutException ? "timeout" : e.getClass().getSimpleName();
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
