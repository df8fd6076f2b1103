package io.commentmod.notification.preferences;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * Signed, expiring unsubscribe tokens: {@code base64url(email|scope|expiry)} + "." + {@code base64url(HMAC-SHA256)}.
 * <p>
 * Stateless on purpose: a link works on every instance and needs no lookup, and nobody can unsubscribe an address
 * they did not receive a link for. The token is URL-safe, so it goes into links and {@code List-Unsubscribe} as is.
 */
@Component
public class UnsubscribeTokens {

    /** The scope that stops every kind of email to an address. */
    public static final String ALL = "ALL";

    private static final String ALGORITHM = "HmacSHA256";
    /** Real tokens are well under 400 characters; refusing huge input early keeps decoding cheap. */
    private static final int MAX_LENGTH = 1024;
    private static final Set<String> SCOPES = Stream.concat(Stream.of(ALL),
            Stream.of(NotificationKind.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    public UnsubscribeTokens(NotificationProperties properties, Clock clock) {
        this.key = new SecretKeySpec(properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.ttl = properties.unsubscribeTokenTtl();
        this.clock = clock;
    }

    public String issue(String email, String scope) {
        String normalized = EmailAddresses.normalize(email);
        if (normalized == null) {
            throw new IllegalArgumentException("email is required");
        }
        if (!SCOPES.contains(scope)) {
            throw new IllegalArgumentException("unknown scope " + scope);
        }
        long expiry = clock.instant().plus(ttl).getEpochSecond();
        String payload = encode((normalized + "|" + scope + "|" + expiry).getBytes(StandardCharsets.UTF_8));
        return payload + "." + encode(sign(payload));
    }

    public UnsubscribeToken verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw new InvalidUnsubscribeTokenException("missing or oversized token");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidUnsubscribeTokenException("malformed token");
        }
        String payload = token.substring(0, dot);
        byte[] signature = decode(token.substring(dot + 1));
        // Constant-time comparison: the time taken must not tell an attacker how much of a guess was right.
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new InvalidUnsubscribeTokenException("bad signature");
        }
        String text = new String(decode(payload), StandardCharsets.UTF_8);
        // The email comes first and may itself contain '|', so the two fixed fields are split off the end.
        int expirySeparator = text.lastIndexOf('|');
        int scopeSeparator = expirySeparator <= 0 ? -1 : text.lastIndexOf('|', expirySeparator - 1);
        if (scopeSeparator <= 0) {
            throw new InvalidUnsubscribeTokenException("malformed payload");
        }
        String email = text.substring(0, scopeSeparator);
        String scope = text.substring(scopeSeparator + 1, expirySeparator);
        Instant expiresAt;
        try {
            expiresAt = Instant.ofEpochSecond(Long.parseLong(text.substring(expirySeparator + 1)));
        } catch (RuntimeException e) {
            throw new InvalidUnsubscribeTokenException("malformed expiry");
        }
        if (!SCOPES.contains(scope)) {
            throw new InvalidUnsubscribeTokenException("unknown scope");
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new InvalidUnsubscribeTokenException("expired");
        }
        return new UnsubscribeToken(email, scope, expiresAt);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Only the one encoding this class produces is accepted: the decoder ignores the spare bits of the last
     * character, so without this check several spellings of a token would verify.
     */
    private static byte[] decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidUnsubscribeTokenException("not base64url");
        }
        if (!encode(bytes).equals(text)) {
            throw new InvalidUnsubscribeTokenException("not canonical base64url");
        }
        return bytes;
    }
}
