package io.commentmod.comments.ratelimit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Rate limits on {@code POST /api/v1/comments}, per client address and per author email.
 * <p>
 * The limits are kept in memory, per instance: with N instances behind a load balancer a client gets up to N times
 * the limit. That is enough to stop floods from one source without a shared store on the hot path.
 * <p>
 * Defaults are for production: 60 comments a minute per client address (a household or office behind one NAT
 * address, or a busy proxy, stays well inside it), 10 a minute per author email (no person writes more; a
 * script does). The client address is the connection's remote address unless that address is one of
 * {@code trusted-proxies}: then it is the nearest address in {@code X-Forwarded-For} that is not a trusted proxy.
 * So when the website (or a load balancer) calls this API on behalf of readers, list its addresses here and have it
 * send {@code X-Forwarded-For}; otherwise every reader shares the website's address and its limit.
 * <p>
 * Local runs and benchmarks: the load generator sends thousands of comments a second from one address and few
 * authors, so the launcher that starts comment-service for it passes
 * {@code --commentmod.ingest.rate-limit.enabled=false} (or, to measure the limiter too, raises the limits, e.g.
 * {@code --commentmod.ingest.rate-limit.per-address=1000000/1s --commentmod.ingest.rate-limit.per-author=1000000/1s}).
 * The same settings can come from the environment: {@code COMMENTMOD_INGEST_RATELIMIT_ENABLED=false},
 * {@code COMMENTMOD_INGEST_RATELIMIT_PERADDRESS=1000000/1s}.
 *
 * @param enabled          whether ingest is rate limited at all
 * @param perAddress       requests/period per client address (IPv6 addresses counted per /64, what one host or
 *                         household usually gets)
 * @param perAuthor        requests/period per author email, compared case-insensitively
 * @param trustedProxies   addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}) whose {@code X-Forwarded-For}
 *                         is believed; empty (the default) believes nobody, since anyone can send the header
 * @param maxTrackedKeys   how many addresses, and separately how many authors, are remembered at most; the least
 *                         recently seen are forgotten first (they start again with a full allowance), which bounds
 *                         memory to a few MB whatever the traffic
 */
@Validated
@ConfigurationProperties("commentmod.ingest.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60/1m") @NotNull Limit perAddress,
        @DefaultValue("10/1m") @NotNull Limit perAuthor,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("50000") @Min(100) @Max(10_000_000) int maxTrackedKeys) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
        // A typo here would silently trust nobody (or the wrong range): refuse it at startup.
        trustedProxies.forEach(AddressRange::parse);
    }
}
