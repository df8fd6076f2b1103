package io.commentmod.comments.ingest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;
import io.commentmod.contracts.Reason;

/**
 * A comment as the website sees it through its authenticated API: status, the reasons of the decision behind it
 * and how it got there. The author's email is left out even here; the website already knows it and nothing in
 * this view needs it.
 */
record CommentDetails(
        String id,
        String articleId,
        String parentId,
        Author author,
        String body,
        CommentStatus status,
        Instant submittedAt,
        Instant publishedAt,
        int reportCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) ModerationView moderation,
        List<HistoryView> history) {

    record Author(String name) {
    }

    record ModerationView(Decision decision, Priority priority, List<Reason> reasons, Actor decidedBy, String note,
            int revision, String rulesVersion, String modelVersion, Instant decidedAt) {
    }

    record HistoryView(CommentStatus from, CommentStatus to, Actor actor, Instant at, String reason) {
    }

    static CommentDetails of(CommentDocument comment) {
        CommentDocument.Moderation m = comment.moderation();
        ModerationView moderation = m == null ? null
                : new ModerationView(m.decision(), m.priority(), m.reasons(), m.decidedBy(), m.note(),
                        comment.moderationRevision(), m.rulesVersion(), m.modelVersion(), m.decidedAt());
        List<HistoryView> history = comment.history().stream()
                .map(h -> new HistoryView(h.from(), h.to(), h.actor(), h.at(), h.reason())).toList();
        return new CommentDetails(comment.id(), comment.articleId(), comment.parentId(),
                new Author(comment.author().name()), comment.body(), comment.status(), comment.submittedAt(),
                comment.publishedAt(), comment.reportCount(), moderation, history);
    }
}
