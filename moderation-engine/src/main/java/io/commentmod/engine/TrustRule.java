package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;
import io.commentmod.engine.ModerationContext.AuthorHistory;

/**
 * What the author's standing says. A blocked author is rejected (a hard rule); the article's therapist is the expert
 * and published; an author with a clean record, or one a moderator trusts, gets a bonus that lowers promotion and
 * hold-level spam scores; a first-time author with links is held, as spam accounts post links first.
 */
final class TrustRule implements Rule {

    static final String BLOCKED = "trust.blocked-author";
    static final String EXPERT = "trust.expert";
    static final String ESTABLISHED = "trust.established-author";
    static final String FIRST_TIME_LINK = "trust.first-time-link";
    static final String REPLY_TO_OWN_REJECTED = "trust.reply-to-own-rejected";

    private final boolean hard;

    private TrustRule(boolean hard) {
        this.hard = hard;
    }

    /** Only the blocked-author check, which may decide early. */
    static TrustRule blockedAuthor() {
        return new TrustRule(true);
    }

    /** Everything else. */
    static TrustRule standing() {
        return new TrustRule(false);
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        AuthorHistory author = evaluation.context.author();
        EngineSettings settings = evaluation.settings.raw;
        if (hard) {
            if (author.blocked()) {
                signals.add(new Signal(BLOCKED, Category.TRUST, settings.rejectThreshold(), Priority.LOW,
                        "author blocked", "A moderator blocked this author."));
            }
            return;
        }
        if (evaluation.comment.byArticleTherapist()) {
            signals.add(new Signal(EXPERT, Category.TRUST, 0, Priority.NORMAL, "article author",
                    "The therapist who wrote the article is replying."));
        }
        if (author.trusted() || (author.published() >= settings.trustedMinPublished() && author.rejected() == 0)) {
            String why = author.trusted() ? "A moderator marked this author as trusted."
                    : "The author has " + author.published() + " published comments and none rejected.";
            signals.add(new Signal(ESTABLISHED, Category.TRUST, -settings.trustBonus(), Priority.NORMAL,
                    author.published() + " published, 0 rejected", why));
        }
        List<Evaluation.Link> links = evaluation.links();
        if (author.isFirstTime() && !links.isEmpty() && !evaluation.comment.byArticleTherapist()) {
            signals.add(new Signal(FIRST_TIME_LINK, Category.SPAM, settings.holdThreshold(), Priority.LOW,
                    links.get(0).evidence(), "A first-time author posts a link; spam accounts start like this."));
        }
        ModerationContext.Parent parent = evaluation.context.parent();
        String email = evaluation.comment.authorEmail();
        if (parent != null && parent.status() == CommentStatus.REJECTED && email != null
                && email.equalsIgnoreCase(parent.authorKey())) {
            signals.add(new Signal(REPLY_TO_OWN_REJECTED, Category.SPAM, settings.holdThreshold(), Priority.LOW,
                    "reply to " + parent.id(), "The author replies to their own rejected comment."));
        }
    }
}
