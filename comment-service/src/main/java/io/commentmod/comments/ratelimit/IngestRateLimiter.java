package io.commentmod.comments.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Admits or refuses one comment submission against the per-address and per-author limits of
 * {@link RateLimitProperties} (whose documentation says how they are set for production, local runs and the
 * benchmark). In memory and per instance: N instances admit up to N times the limit.
 * <p>
 * Costs one map lookup and one compare-and-set per limit; no lock is held and nothing waits.
 */
public class IngestRateLimiter {

    private final boolean enabled;
    private final ClientAddresses clients;
    private final TokenBuckets byAddress;
    private final TokenBuckets byAuthor;
    private final Clock clock;
    private final Counter refusedByAddress;
    private final Counter refusedByAuthor;

    IngestRateLimiter(RateLimitProperties properties, Clock clock, MeterRegistry meters) {
        this.enabled = properties.enabled();
        this.clients = new ClientAddresses(properties.trustedProxies());
        this.byAddress = new TokenBuckets(properties.perAddress(), properties.maxTrackedKeys());
        this.byAuthor = new TokenBuckets(properties.perAuthor(), properties.maxTrackedKeys());
        this.clock = clock;
        this.refusedByAddress = refusals(meters, "address");
        this.refusedByAuthor = refusals(meters, "author");
    }

    private static Counter refusals(MeterRegistry meters, String limit) {
        return Counter.builder("comments.rate.limited").tag("limit", limit)
                .description("Comment submissions refused with 429 by the ingest rate limits").register(meters);
    }

    /**
     * Takes one request from the client's and the author's allowance.
     *
     * @throws RateLimitExceededException when either is used up; nothing has been stored then
     */
    public void admit(HttpServletRequest request, String authorEmail) {
        if (!enabled) {
            return;
        }
        long now = clock.millis() * 1_000_000L;
        long wait = byAddress.tryAcquire(clients.keyOf(request), now);
        if (wait > 0) {
            refusedByAddress.increment();
            throw new RateLimitExceededException("Too many comments from this client address", Duration.ofNanos(wait));
        }
        wait = byAuthor.tryAcquire(authorEmail.toLowerCase(Locale.ROOT), now);
        if (wait > 0) {
            refusedByAuthor.increment();
            throw new RateLimitExceededException("Too many comments by this author", Duration.ofNanos(wait));
        }
    }
}
