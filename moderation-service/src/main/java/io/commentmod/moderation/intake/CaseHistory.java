package io.commentmod.moderation.intake;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationContext.AuthorHistory;
import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.authors.AuthorStanding;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;

/**
 * Builds a comment's context from what every instance has stored: the author's cases by status and within the flood
 * window, the moderators' flags on the author, the cases with the same text within the duplicate window, and the
 * parent's case. Every number is an indexed count in MongoDB, so two instances see the same history (up to comments
 * being moderated at the very same moment, which neither sees of the other).
 */
@Component
class CaseHistory {

    private final MongoTemplate mongo;
    private final Duration duplicateWindow;

    CaseHistory(MongoTemplate mongo, HistoryProperties properties) {
        this.mongo = mongo;
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
        int recent = count(query(where(Fields.AUTHOR_KEY).is(authorKey)
                .and(Fields.POSTED_AT).gte(floodStart).lte(postedAt)));
        AuthorStanding standing = mongo.findById(authorKey, AuthorStanding.class);
        return new AuthorHistory(byStatus(authorKey, CommentStatus.PUBLISHED), byStatus(authorKey, CommentStatus.HELD),
                byStatus(authorKey, CommentStatus.REJECTED), recent, standing != null && standing.trusted(),
                standing != null && standing.blocked());
    }

    private int byStatus(String authorKey, CommentStatus status) {
        return count(query(where(Fields.AUTHOR_KEY).is(authorKey).and(Fields.STATUS).is(status.name())));
    }

    private int duplicates(String textKey, Instant postedAt) {
        if (textKey == null) {
            return 0;
        }
        return count(query(where(Fields.TEXT_KEY).is(textKey).and(Fields.POSTED_AT).gte(postedAt.minus(duplicateWindow))));
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

    private int count(Query query) {
        return (int) Math.min(Integer.MAX_VALUE, mongo.count(query, ModerationCase.class));
    }
}
