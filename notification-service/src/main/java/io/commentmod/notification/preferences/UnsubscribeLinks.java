package io.commentmod.notification.preferences;

import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * The links in every email: one that stops that kind of email to that address (also the {@code List-Unsubscribe}
 * target) and one that opens the address's preferences. Both carry the same signed, expiring token.
 */
@Component
public class UnsubscribeLinks {

    private final UnsubscribeTokens tokens;
    private final String baseUrl;

    public UnsubscribeLinks(UnsubscribeTokens tokens, NotificationProperties properties) {
        this.tokens = tokens;
        this.baseUrl = properties.publicBaseUrl();
    }

    public Links linksFor(String email, NotificationKind kind) {
        String token = tokens.issue(email, kind.name());
        return new Links(baseUrl + "/unsubscribe?token=" + token, baseUrl + "/preferences?token=" + token);
    }

    /** For an email about several kinds (the digest): unsubscribing stops them all. */
    public Links linksForAll(String email) {
        String token = tokens.issue(email, UnsubscribeTokens.ALL);
        return new Links(baseUrl + "/unsubscribe?token=" + token, baseUrl + "/preferences?token=" + token);
    }

    public record Links(String unsubscribe, String preferences) {
    }
}
