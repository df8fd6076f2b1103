package io.commentmod.notification.mail;

import java.util.Objects;

/**
 * A rendered email, ready for any {@link Mailer}.
 *
 * @param toName         the recipient's display name, already header-safe; may be empty
 * @param subject        single line, already free of control characters and encoded-word tricks
 * @param unsubscribeUrl goes into {@code List-Unsubscribe}, next to the link in the body
 * @param messageId      {@code <...@domain>}; the same for every attempt at the same delivery, so a receiving
 *                       system that sees a message twice can tell
 * @param threadId       the {@code Message-ID} of the (never sent) root message that groups this email with the
 *                       others about the same article, or null
 */
public record OutgoingMail(String to, String toName, String subject, String text, String html, String unsubscribeUrl,
        String messageId, String threadId) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        toName = toName == null ? "" : toName;
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        Objects.requireNonNull(messageId, "messageId");
    }
}
