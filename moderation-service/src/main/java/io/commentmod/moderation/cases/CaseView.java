package io.commentmod.moderation.cases;

import java.time.Instant;
import java.util.List;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;

/**
 * A case as moderators see it: everything but the internal outbox and the hashed keys. {@code signals} lists every
 * rule that fired with its score, the text it matched ({@code evidence}) and a sentence saying why.
 */
public record CaseView(
        ModerationCase.CommentSnapshot comment,
        CommentStatus status,
        Priority priority,
        QueueName queue,
        Instant since,
        String rulesVersion,
        int revision,
        List<ModerationCase.RuleHit> signals,
        int reportCount,
        List<ModerationCase.Report> reports,
        List<ModerationCase.HistoryEntry> history,
        Instant createdAt,
        Instant reviewedAt,
        String modelVersion,
        String queueReason,
        boolean alert,
        List<String> tags) {

    public static CaseView of(ModerationCase c) {
        return new CaseView(c.comment(), c.status(), c.priority(), c.queue(), c.since(), c.rulesVersion(),
                c.revision(), c.signals(), c.reportCount(), c.reports(), c.history(), c.createdAt(), c.reviewedAt(),
                c.modelVersion(), c.queueReason(), c.alert(), c.tags());
    }
}
