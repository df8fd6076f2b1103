package io.commentmod.moderation.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.query.Update;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Reason;
import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.moderation.cases.ModerationCase.Fields;

/**
 * A decision after the automatic verdict (a moderator's, or the readers' reports hiding a comment): the
 * {@code CommentModerated} event of the case's next revision, and the update that stores the new status, the audit
 * entry and the event together. The caller adds what is particular to it and applies the update conditional on the
 * current revision, then hands {@link #entry()} to the outbox relay.
 */
public record NextRevision(int revision, CommentModerated event, OutboxEntry entry, Update update) {

    /**
     * @param reasonCode what the event and the audit entry give as the reason ({@code moderator.reject}, ...)
     * @param source     who the reason comes from, as the event's reason names it ({@code MODERATOR}, ...)
     * @param category   the moderator's category, or null
     */
    public static NextRevision of(ModerationCase current, Decision decision, Actor actor, String reasonCode,
            String source, String note, String category, Instant now) {
        int next = current.revision() + 1;
        String commentId = current.commentId();
        CommentModerated event = new CommentModerated(
                EventMeta.derived(CommentModerated.TYPE, CommentModerated.VERSION, commentId, now,
                        CommentModerated.TYPE + "/" + commentId + "/" + next),
                commentId, current.comment().articleId(), decision, current.priority(),
                List.of(new Reason(reasonCode, source, 1.0, null, note)), actor, note, next,
                current.rulesVersion(), current.modelVersion(), now);
        OutboxEntry entry = OutboxEntry.of(event);
        Update update = new Update()
                .set(Fields.STATUS, decision.resultingStatus())
                .set(Fields.REVISION, next)
                .push(Fields.HISTORY, new ModerationCase.HistoryEntry(next, decision, decision.resultingStatus(),
                        actor, note, List.of(reasonCode), now, category, current.rulesVersion(),
                        current.modelVersion()))
                .push(Fields.OUTBOX, entry);
        return new NextRevision(next, event, entry, update);
    }
}
