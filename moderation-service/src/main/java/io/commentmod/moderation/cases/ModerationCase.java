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
 * @param authorKey    SHA-256 of the author's trimmed, lower-cased e-mail: the author's history is counted by it
 *                     without the address appearing in indexes; null without an e-mail
 * @param textKey      SHA-256 of the engine's duplicate key of the body ({@code TextNormalizer.duplicateKey}), so
 *                     re-posts of the same text are counted across articles and authors; null for a text without
 *                     letters or digits
 * @param postedAt     when the comment was submitted (the comment service's clock): history windows (floods,
 *                     duplicates) count by it, so a consumer catching up on a backlog does not see a flood
 * @param modelVersion the learned model's version in the automatic verdict, or null when none took part
 * @param queueReason  for a held comment, why in one phrase
 * @param alert        the engine asks for an immediate human alert (someone may be in danger)
 * @param tags         facts about the verdict, e.g. {@code expert}, {@code trusted}
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
        List<OutboxEntry> outbox,
        String authorKey,
        String textKey,
        Instant postedAt,
        String modelVersion,
        String queueReason,
        boolean alert,
        List<String> tags) {

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
        public static final String AUTHOR_KEY = "authorKey";
        public static final String TEXT_KEY = "textKey";
        public static final String POSTED_AT = "postedAt";
        public static final String AUTHOR_EMAIL = "comment.author.email";

        private Fields() {
        }
    }

    public ModerationCase {
        signals = signals == null ? List.of() : List.copyOf(signals);
        reports = reports == null ? List.of() : List.copyOf(reports);
        history = history == null ? List.of() : List.copyOf(history);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
        tags = tags == null ? List.of() : List.copyOf(tags);
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

    /**
     * One decision in the audit trail.
     *
     * @param category     for a moderator's decision, what kind of problem it was about (SPAM, PROMOTION, ...; see
     *                     {@code decisions.DecisionCategory}); the learned model learns "spam" only from rejections
     *                     for spam or promotion. Null for automatic verdicts.
     * @param rulesVersion the rule set that decided (automatic) or that the case was decided under (the rest)
     * @param modelVersion the learned model's version alongside it, null when none took part
     */
    public record HistoryEntry(int revision, Decision decision, CommentStatus status, Actor actor, String note,
            List<String> reasons, Instant at, String category, String rulesVersion, String modelVersion) {
    }
}
