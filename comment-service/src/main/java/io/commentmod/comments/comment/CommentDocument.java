package io.commentmod.comments.comment;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Priority;
import io.commentmod.contracts.Reason;
import io.commentmod.kit.outbox.OutboxEntry;

/**
 * A comment as stored: content, current status, the last decision applied, the history of transitions, reader
 * reports, and the events its last change still has to publish ({@code outbox}). Every change to a comment is one
 * update of this one document, which is what makes "state changed" and "event recorded" atomic without transactions.
 *
 * @param moderationRevision the revision of the last verdict applied (0 before any); a verdict applies only when its
 *                           revision is higher, which makes redelivered and stale verdicts no-ops
 * @param publishedAt        when the comment last became {@code PUBLISHED}, or null if it never was
 */
@Document(CommentDocument.COLLECTION)
public record CommentDocument(
        @Id String id,
        String articleId,
        String parentId,
        Person author,
        String body,
        boolean notifyOnReply,
        boolean byArticleTherapist,
        CommentStatus status,
        Instant submittedAt,
        Instant publishedAt,
        int moderationRevision,
        Moderation moderation,
        List<HistoryEntry> history,
        int reportCount,
        List<Report> reports,
        List<OutboxEntry> outbox) {

    public static final String COLLECTION = "comments";

    /** The actor recorded for the transition into {@code PENDING}. */
    public static final Actor INGEST_API = new Actor(Actor.Kind.SYSTEM, "comment-service");

    public CommentDocument {
        history = history == null ? List.of() : List.copyOf(history);
        reports = reports == null ? List.of() : List.copyOf(reports);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** A new comment waiting for its automatic verdict, carrying the event that announces it. */
    public static CommentDocument pending(String id, String articleId, String parentId, Person author, String body,
            boolean notifyOnReply, boolean byArticleTherapist, Instant submittedAt, List<OutboxEntry> outbox) {
        HistoryEntry accepted = new HistoryEntry(null, CommentStatus.PENDING, INGEST_API, submittedAt,
                "Accepted by the ingest API", null);
        return new CommentDocument(id, articleId, parentId, author, body, notifyOnReply, byArticleTherapist,
                CommentStatus.PENDING, submittedAt, null, 0, null, List.of(accepted), 0, List.of(), outbox);
    }

    /** A comment as accepted by the ingest API: {@code PENDING}, nothing to publish (its event is the record). */
    public static CommentDocument accepted(CommentSubmitted submitted) {
        return pending(submitted.commentId(), submitted.article().id(), submitted.parentId(), submitted.author(),
                submitted.body(), submitted.notifyOnReply(), submitted.byArticleTherapist(), submitted.submittedAt(),
                List.of());
    }

    /** The decision behind the current status, as moderation-service explained it. */
    public record Moderation(
            Decision decision,
            Priority priority,
            List<Reason> reasons,
            Actor decidedBy,
            String note,
            String rulesVersion,
            String modelVersion,
            Instant decidedAt) {

        public Moderation {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /**
     * One applied transition (or a verdict that confirmed the current status).
     *
     * @param from     null for the first entry, when the comment was accepted
     * @param revision the verdict's revision, null for the entry written at ingest
     */
    public record HistoryEntry(CommentStatus from, CommentStatus to, Actor actor, Instant at, String reason,
            Integer revision) {
    }

    /** A reader's report; the reporter is anonymous and no address of theirs is kept. */
    public record Report(String id, String reason, Instant at) {
    }

    /** Field names used in queries and updates, kept beside the record they name. */
    public static final class Fields {
        public static final String ID = "_id";
        public static final String ARTICLE_ID = "articleId";
        public static final String PARENT_ID = "parentId";
        public static final String AUTHOR = "author";
        public static final String AUTHOR_NAME = "author.name";
        public static final String BODY = "body";
        public static final String NOTIFY_ON_REPLY = "notifyOnReply";
        public static final String BY_ARTICLE_THERAPIST = "byArticleTherapist";
        public static final String STATUS = "status";
        public static final String SUBMITTED_AT = "submittedAt";
        public static final String PUBLISHED_AT = "publishedAt";
        public static final String MODERATION_REVISION = "moderationRevision";
        public static final String MODERATION = "moderation";
        public static final String HISTORY = "history";
        public static final String REPORT_COUNT = "reportCount";
        public static final String REPORTS = "reports";
        public static final String OUTBOX = OutboxEntry.FIELD;

        private Fields() {
        }
    }
}
