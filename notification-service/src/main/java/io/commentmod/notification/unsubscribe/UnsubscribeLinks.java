package io.commentmod.notification.unsubscribe;

import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.recipients.NotificationKind;

/** The link in every email that stops that kind of email to that address. */
@Component
public class UnsubscribeLinks {

    private final UnsubscribeTokens tokens;
    private final String baseUrl;

    public UnsubscribeLinks(UnsubscribeTokens tokens, NotificationProperties properties) {
        this.tokens = tokens;
        this.baseUrl = properties.publicBaseUrl();
    }

    public String linkFor(String email, NotificationKind kind) {
        return baseUrl + "/unsubscribe?token=" + tokens.issue(email, kind.name());
    }
}
