package io.commentmod.localstack;

import java.time.Instant;
import java.util.List;

/**
 * One message caught by the SMTP server, as the viewer shows it.
 *
 * @param number stable 1-based position in arrival order (the viewer's /messages/{number})
 * @param recipients the envelope recipients, i.e. every mailbox the message was delivered to (Bcc included)
 * @param headers the raw header lines in order
 * @param body the text/plain part, or the HTML part's source when there is no plain text
 * @param bodyIsHtml whether {@code body} is HTML source
 */
public record CapturedMail(
        int number,
        Instant receivedAt,
        String from,
        List<String> recipients,
        String subject,
        List<String> headers,
        String body,
        boolean bodyIsHtml) {
}
