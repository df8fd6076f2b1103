package io.commentmod.moderation.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Priority;
import io.commentmod.kit.outbox.OutboxEntry;

/**
 * Everything moderation knows about one comment, in one document keyed by the comment id, so that every change
 * (verdict, report, decision) is a single-document write together with the event it causes ({@link #outbox}).
 *
 * @param status       what moderation last decided, as the comment status it leads to
 * @param priorityRank {@link Priority#ordinal()}, stored so the queue can sort on a number (URGENT = 0)
 * @param queue        which queue the case waits in, or null when nobody needs to look at it
 * @param since        when it entered that queue; the queue shows the longest-waiting first
 * @param revision     1 after the automatic verdict, +1 per moderator decision; decisions are conditional on it
 * @param reviewedAt   the last moderator decision; reports older than it do not re-queue the case
 */
@Document(ModerationCase.COLLECTION)
public record ModerationCase(
        @Id String commentId,
        CommentSnapshot comment,
        CommentStatus status,
        Priority priority,
        int priorityRank,
        QueueName queue,
        Instant since,
        String rulesVersion,
        List<RuleHit> signals,
        int revision,
        List<Report> reports,
        int reportCount,
        List<HistoryEntry> history,
        Instant createdAt,
        Instant reviewedAt,
        List<OutboxEntry> outbox) {

    public static final String COLLECTION = "cases";

    /** Field names for queries and updates, in one place so a rename cannot miss one. */
    public static final class Fields {
        public static final String ID = "_id";
        public static final String STATUS = "status";
        public static final String PRIORITY_RANK = "priorityRank";
        public static final String QUEUE = "queue";
        public static final String SINCE = "since";
        public static final String REVISION = "revision";
        public static final String REPORTS = "reports";
        public static final String REPORT_ID = "reports.reportId";
        public static final String REPORT_COUNT = "reportCount";
        public static final String HISTORY = "history";
        public static final String REVIEWED_AT = "reviewedAt";
        public static final String OUTBOX = OutboxEntry.FIELD;

        private Fields() {
        }
    }

    public ModerationCase {
        signals = signals == null ? List.of() : List.copyOf(signals);
        reports = reports == null ? List.of() : List.copyOf(reports);
        history = history == null ? List.of() : List.copyOf(history);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** The comment as it was submitted; moderation never changes it. */
    public record CommentSnapshot(String id, String articleId, String articleTitle, String parentId, Person author,
            String body, boolean byArticleTherapist, Instant submittedAt) {
    }

    /** A rule signal as stored: what matched, how strongly and why. */
    public record RuleHit(String ruleId, String category, double score, Priority priority, String evidence,
            String explanation) {
    }

    /** A reader's report, kept once per report id. */
    public record Report(String reportId, String reason, Instant reportedAt) {
    }

    /** One decision in the audit trail. */
    public record HistoryEntry(int revision, Decision decision, CommentStatus status, Actor actor, String note,
            List<String> reasons, Instant at) {
    }
}
