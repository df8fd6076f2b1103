package io.commentmod.comments.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Priority;
import io.commentmod.contracts.Reason;

/** Verdicts as moderation-service would publish them. */
public final class Verdicts {

    public static final String RULES_VERSION = "rules-test-1";

    private Verdicts() {
    }

    public static CommentModerated automatic(String commentId, String articleId, Decision decision, int revision,
            Reason... reasons) {
        return verdict(commentId, articleId, decision, revision, Actor.automatic(RULES_VERSION), null,
                List.of(reasons));
    }

    public static CommentModerated byModerator(String commentId, String articleId, Decision decision, int revision,
            String moderator, String note) {
        return verdict(commentId, articleId, decision, revision, Actor.moderator(moderator), note,
                List.of(new Reason("moderator.decision", "MODERATOR", 0, null, note)));
    }

    private static CommentModerated verdict(String commentId, String articleId, Decision decision, int revision,
            Actor actor, String note, List<Reason> reasons) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new CommentModerated(EventMeta.create(CommentModerated.TYPE, CommentModerated.VERSION, commentId, now),
                commentId, articleId, decision, decision == Decision.HOLD ? Priority.HIGH : Priority.NORMAL, reasons,
                actor, note, revision, RULES_VERSION, null, now);
    }
}
