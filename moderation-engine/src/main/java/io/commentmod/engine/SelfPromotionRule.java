package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * A writer pointing readers at their own channel, site, book or practice, or asking for subscribers and follows
 * (requests for likes on the comment itself are {@link EngagementBaitRule engagement bait}). Held rather than rejected: a therapist mentioning their book can be welcome, and a human can tell.
 */
final class SelfPromotionRule implements Rule {

    static final String RULE_ID = "promotion.self";

    /** Things people advertise; "visit my mother" or "check out my feelings" are not among them. */
    private static final String OUTLETS = "(?:youtube\\s+|yt\\s+|new\\s+|latest\\s+|first\\s+|free\\s+)?"
            + "(?:channel|site|website|web\\s*site|blog|vlog|book|e-?book|practice|clinic|podcast|page|profile|shop"
            + "|store|music|video|clip|cover|track|song|playlist|parody|course|webinar|newsletter|app|account"
            + "|instagram|tiktok|facebook|twitter)s?";

    private static final Trigger PROMOTION = new Trigger(
            "\\b(?:check\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at|visit|see|read|watch|listen\\s+to"
                    + "|join|like|download)\\s+(?:my|our)\\s+" + OUTLETS + "\\b"
                    + "|\\bcheck\\s+(?:my|our)\\s+" + OUTLETS + "\\s+out\\b"
                    + "|\\b(?:subscribe|sub)\\s+to\\s+(?:my|our|me|us)\\b|\\bsubscribe\\s+(?:me|us)\\b"
                    + "|\\bsubscribe\\s+back\\b|\\bsub\\s+me\\b"
                    // "sub4sub", "follow for follow", "like 4 like": trading subscriptions
                    + "|\\b(?:sub|subscribe|follow|like)\\s*(?:4|for)\\s*(?:sub|subscribe|follow|like)\\b"
                    // "please subscribe!", "plz sub": asking for subscribers ("subscribe to my ..." is matched above)
                    + "|\\b(?:please|pls|plz)\\s+(?:(?:just|do|kindly)\\s+)?(?:subscribe|sub)\\b"
                    + "(?!\\s+(?:to|at)\\b)"
                    + "|\\bfollow\\s+(?:me|us)\\s+(?:on|at|@)"
                    + "|\\bfollow\\s+(?:my|our)\\s+" + OUTLETS + "\\b",
            // asking for likes on the comment itself is engagement bait: see EngagementBaitRule
            "check", "take", "have", "visit", "see", "read", "watch", "listen", "join", "like", "download", "sub",
            "follow", "please", "pls", "plz");

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        for (String hit : PROMOTION.all(evaluation.text)) {
            signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, hit,
                    "The writer points readers at their own channel, site or business, or asks for followers."));
        }
    }
}
