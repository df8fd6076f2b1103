package io.commentmod.moderation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and client address, so a password cannot be guessed by trying many: after
 * {@link SecurityProperties#maxFailedLogins()} failures within the window, that account is refused from that address
 * until the oldest failure leaves the window. Keyed by address too, so a stranger cannot lock a moderator out from
 * elsewhere. Counted per instance (in memory): with N instances an attacker gets at most N times the attempts, which
 * still makes guessing a 12-character password hopeless.
 */
@Component
public class LoginThrottle {

    /** Beyond this many tracked keys, keys whose failures have all expired are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Key(String username, String address) {
    }

    private final Map<Key, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this account is still refused from this address, or empty when it may try. */
    public Optional<Duration> refusedFor(String username, String address) {
        Deque<Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            dropExpired(recent, now);
            if (recent.size() < properties.maxFailedLogins()) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(properties.failedLoginWindow())));
        }
    }

    void recordFailure(String username, String address) {
        if (failures.size() > PRUNE_ABOVE) {
            prune();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            dropExpired(recent, now);
            recent.addLast(now);
        }
    }

    void recordSuccess(String username, String address) {
        failures.remove(key(username, address));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
    }

    private void dropExpired(Deque<Instant> recent, Instant now) {
        Instant oldestCounted = now.minus(properties.failedLoginWindow());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestCounted)) {
            recent.removeFirst();
        }
    }

    private void prune() {
        Instant now = clock.instant();
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                dropExpired(recent, now);
                return recent.isEmpty();
            }
        });
    }

    private static Key key(String username, String address) {
        return new Key(username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                address == null ? "" : address);
    }
}
