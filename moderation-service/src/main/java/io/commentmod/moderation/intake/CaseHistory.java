package io.commentmod.moderation.intake;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationContext.AuthorHistory;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.authors.AuthorStanding;
import io.commentmod.moderation.cases.ModerationCase;

/**
 * Builds a comment's context from what every instance has stored: the author's comments by status and within the
 * flood window and the postings of the same text ({@link AuthorActivity}), the moderators' flags on the author, and
 * the parent's case. All are lookups by id in MongoDB, so two instances see the same history (up to comments being
 * moderated at the very same moment, which neither sees of the other).
 */
@Component
class CaseHistory {

    private final MongoTemplate mongo;
    private final AuthorActivity activity;
    private final Duration duplicateWindow;

    CaseHistory(MongoTemplate mongo, AuthorActivity activity, HistoryProperties properties) {
        this.mongo = mongo;
        this.activity = activity;
        this.duplicateWindow = properties.duplicateWindow();
    }

    /**
     * @param authorKey see {@link AuthorKeys#authorKey}; null: a first-time author
     * @param textKey   see {@link AuthorKeys#textKey}; null: nothing to count
     * @param postedAt  when the comment was submitted; the windows end here
     */
    ModerationContext contextOf(CommentToModerate comment, String authorKey, String textKey, Instant postedAt,
            EngineSettings settings) {
        return new ModerationContext(comment, parentOf(comment.parentId()),
                authorHistory(authorKey, postedAt, settings), duplicates(textKey, postedAt));
    }

    private AuthorHistory authorHistory(String authorKey, Instant postedAt, EngineSettings settings) {
        if (authorKey == null) {
            return AuthorHistory.FIRST_TIME;
        }
        Instant floodStart = postedAt.minus(Duration.ofMinutes(settings.floodWindowMinutes()));
        AuthorActivity.Author author = activity.author(authorKey);
        AuthorStanding standing = mongo.findById(authorKey, AuthorStanding.class);
        return new AuthorHistory(author.published(), author.held(), author.rejected(),
                author.postedBetween(floodStart, postedAt), standing != null && standing.trusted(),
                standing != null && standing.blocked());
    }

    private int duplicates(String textKey, Instant postedAt) {
        Instant since = postedAt.minus(duplicateWindow);
        return (int) activity.textPostings(textKey).stream().filter(t -> !t.isBefore(since)).count();
    }

    /** The parent as its case knows it; the parent's author is identified by e-mail, as the engine compares it. */
    private ModerationContext.Parent parentOf(String parentId) {
        if (parentId == null) {
            return null;
        }
        ModerationCase found = mongo.findById(parentId, ModerationCase.class);
        if (found == null) {
            return new ModerationContext.Parent(parentId, null, null);
        }
        String email = found.comment() == null || found.comment().author() == null ? null
                : found.comment().author().email();
        return new ModerationContext.Parent(parentId, email, found.status());
    }

}
