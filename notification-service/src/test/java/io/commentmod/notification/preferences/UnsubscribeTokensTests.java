package io.commentmod.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.support.TestProperties;

class UnsubscribeTokensTests {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void validTokenNamesTheAddressAndTheKind() {
        // Given a token issued for a therapist's new-comment emails
        String token = tokensAt(ISSUED, "a-secret-of-enough-length").issue("Rivera@Therapists.example", "NEW_COMMENT");

        // When it is verified a day later
        UnsubscribeToken verified = tokensAt(ISSUED.plus(Duration.ofDays(1)), "a-secret-of-enough-length")
                .verify(token);

        // Then it names the normalized address, the kind and an expiry 90 days after issue
        assertThat(verified.email()).isEqualTo("rivera@therapists.example");
        assertThat(verified.scope()).isEqualTo("NEW_COMMENT");
        assertThat(verified.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(90)));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void addressContainingTheSeparatorSurvivesTheRoundTrip() {
        // Given an (unusual but legal) address with a '|' in its local part
        UnsubscribeTokens tokens = tokensAt(ISSUED, "a-secret-of-enough-length");

        // When / Then it comes back unchanged
        assertThat(tokens.verify(tokens.issue("odd|name@example.org", "ALL")).email())
                .isEqualTo("odd|name@example.org");
    }

    @Test
    void tokenWhosePayloadWasChangedIsRejected() {
        // Given a valid token for one address
        UnsubscribeTokens tokens = tokensAt(ISSUED, "a-secret-of-enough-length");
        String token = tokens.issue("victim@example.org", "NEW_COMMENT");
        String signature = token.substring(token.indexOf('.') + 1);

        // When someone swaps in another address but keeps the signature
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("other@example.org|ALL|" + ISSUED.plus(Duration.ofDays(90)).getEpochSecond())
                        .getBytes(StandardCharsets.UTF_8)) + "." + signature;

        // Then it is refused
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidUnsubscribeTokenException.class)
                .hasMessage("bad signature");
    }

    @Test
    void tokenWithAlteredSignatureIsRejected() {
        // Given a valid token
        UnsubscribeTokens tokens = tokensAt(ISSUED, "a-secret-of-enough-length");
        String token = tokens.issue("victim@example.org", "NEW_COMMENT");

        // When any one character of its signature is changed
        for (int i = token.indexOf('.') + 1; i < token.length(); i++) {
            char original = token.charAt(i);
            String tampered = token.substring(0, i) + (original == 'A' ? 'B' : 'A') + token.substring(i + 1);

            // Then it is refused (the last character included, whose spare bits the decoder would ignore)
            assertThatThrownBy(() -> tokens.verify(tampered)).as("changed at %d", i)
                    .isInstanceOf(InvalidUnsubscribeTokenException.class);
        }
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() {
        // Given a token signed by a service with a different secret
        String token = tokensAt(ISSUED, "another-secret-entirely").issue("victim@example.org", "NEW_COMMENT");

        // When / Then this service refuses it
        assertThatThrownBy(() -> tokensAt(ISSUED, "a-secret-of-enough-length").verify(token))
                .isInstanceOf(InvalidUnsubscribeTokenException.class).hasMessage("bad signature");
    }

    @Test
    void expiredTokenIsRejected() {
        // Given a token issued 90 days ago
        String token = tokensAt(ISSUED, "a-secret-of-enough-length").issue("victim@example.org", "NEW_COMMENT");

        // When it is used exactly at its expiry
        UnsubscribeTokens later = tokensAt(ISSUED.plus(Duration.ofDays(90)), "a-secret-of-enough-length");

        // Then it is refused
        assertThatThrownBy(() -> later.verify(token)).isInstanceOf(InvalidUnsubscribeTokenException.class)
                .hasMessage("expired");
    }

    @Test
    void malformedTokensAreRejected() {
        UnsubscribeTokens tokens = tokensAt(ISSUED, "a-secret-of-enough-length");
        for (String garbage : new String[] {null, "", "no-dot", "a.b.c", "!!!.???", ".sig", "x".repeat(5000)}) {
            assertThatThrownBy(() -> tokens.verify(garbage)).as("token %s", garbage)
                    .isInstanceOf(InvalidUnsubscribeTokenException.class);
        }
    }

    private static UnsubscribeTokens tokensAt(Instant now, String secret) {
        NotificationProperties d = TestProperties.defaults();
        NotificationProperties properties = new NotificationProperties(d.from(), d.fromName(), d.publicBaseUrl(),
                d.consoleBaseUrl(), d.onCall(), secret, Duration.ofDays(90), d.sendLease(), d.retry(), d.digest(),
                d.admin());
        return new UnsubscribeTokens(properties, Clock.fixed(now, ZoneOffset.UTC));
    }
}
