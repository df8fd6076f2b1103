package io.commentmod.notification.mail;

import java.util.Objects;

/**
 * A rendered email, ready for any {@link Mailer}.
 *
 * @param subject        single line, already free of control characters
 * @param unsubscribeUrl goes into {@code List-Unsubscribe}, next to the link in the body
 */
public record OutgoingMail(String to, String subject, String text, String html, String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }
}
