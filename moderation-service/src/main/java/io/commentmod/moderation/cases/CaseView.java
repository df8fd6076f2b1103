package io.commentmod.moderation.cases;

import java.time.Instant;
import java.util.List;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;

/** A case as moderators see it: everything but the internal outbox. */
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
        Instant reviewedAt) {

    public static CaseView of(ModerationCase c) {
        return new CaseView(c.comment(), c.status(), c.priority(), c.queue(), c.since(), c.rulesVersion(),
                c.revision(), c.signals(), c.reportCount(), c.reports(), c.history(), c.createdAt(), c.reviewedAt());
    }
}
