package io.commentmod.moderation.cases;

import java.time.Instant;
import java.util.List;

import io.commentmod.contracts.CommentStatus;

/**
 * Everything a moderator needs to decide a case in one answer: the case, where in the comment each signal matched,
 * the author's record, and the comment it answers.
 *
 * @param highlights where the evidence of each signal is found in the comment's body (character offsets), for
 *                   marking it; a signal whose evidence is not text of the body (a model score) has none
 * @param author     the author's record across all articles (by e-mail address), or null without an address
 * @param parent     the comment this one replies to, or null for a top-level comment
 */
public record CaseDetails(CaseView moderationCase, List<Highlight> highlights, AuthorRecord author,
        ParentComment parent) {

    /** {@code body.substring(start, end)} matched rule {@code ruleId}. */
    public record Highlight(int start, int end, String ruleId) {
    }

    /** How the author's comments fared, and their latest ones. */
    public record AuthorRecord(long published, long held, long rejected, boolean blocked, boolean trusted,
            List<RecentComment> recent) {
    }

    public record RecentComment(String commentId, String articleId, String excerpt, CommentStatus status,
            Instant postedAt) {
    }

    public record ParentComment(String commentId, String authorName, String body, CommentStatus status) {
    }
}
