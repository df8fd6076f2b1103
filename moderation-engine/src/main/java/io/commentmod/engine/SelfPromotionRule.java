package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * A writer pointing readers at their own channel, site, book or practice. Held rather than rejected: a therapist
 * mentioning their book can be welcome, and a human can tell.
 */
final class SelfPromotionRule implements Rule {

    static final String RULE_ID = "promotion.self";

    /** Things people advertise; "visit my mother" or "check out my feelings" are not among them. */
    private static final String OUTLETS = "(?:youtube\\s+|yt\\s+|new\\s+|latest\\s+|first\\s+|free\\s+)?"
            + "(?:channel|site|website|web\\s*site|blog|vlog|book|e-?book|practice|clinic|podcast|page|profile|shop"
            + "|store|music|video|clip|cover|track|song|playlist|parody|course|webinar|newsletter|app|account"
            + "|instagram|tiktok|facebook|twitter)s?";

    private static final Pattern PROMOTION = Matches.pattern(
            "\\b(?:check\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at|visit|see|read|watch|listen\\s+to"
                    + "|join|like|download)\\s+(?:my|our)\\s+" + OUTLETS + "\\b"
                    + "|\\bcheck\\s+(?:my|our)\\s+" + OUTLETS + "\\s+out\\b"
                    + "|\\b(?:subscribe|sub)\\s+to\\s+(?:my|our|me|us)\\b|\\bsubscribe\\s+(?:me|us)\\b"
                    + "|\\bsubscribe\\s+back\\b|\\bsub\\s*4\\s*sub\\b"
                    + "|\\bfollow\\s+(?:me|us)\\s+(?:on|at|@)"
                    + "|\\bfollow\\s+(?:my|our)\\s+" + OUTLETS + "\\b");

    @Override
    public List<Signal> apply(CommentToModerate comment) {
        List<Signal> signals = new ArrayList<>();
        for (String hit : Matches.all(PROMOTION, comment.body())) {
            signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, hit,
                    "The writer points readers at their own channel, site or business."));
        }
        return signals;
    }
}
