package io.commentmod.notification.mail;

import java.time.Instant;
import java.util.List;

/**
 * What an on-call moderator is told about an URGENT safety hold. Deliberately without the comment's words: a case
 * about someone at risk is read in the console, behind a login, not in an inbox that may be forwarded or synced.
 *
 * @param signals one line per reason the engine gave (its explanation, never the matched text)
 * @param caseUrl the case in the moderators' console
 */
public record AlertNotice(String commentId, String articleId, List<String> signals, String caseUrl,
        Instant heldAt) {

    public AlertNotice {
        signals = List.copyOf(signals);
    }
}
