package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.commentmod.contracts.Priority;

/**
 * Words of someone who may be in danger. Never rejected and never published unseen: held as urgent so a human
 * reads it first and can respond. A story about a past struggle is held too; the moderator, not a pattern, judges.
 */
final class SafetyRule implements Rule {

    static final String RULE_ID = "safety.self-harm";

    private static final String A = Matches.APOSTROPHE;

    private static final Pattern DISTRESS = Matches.pattern(
            "\\bsuicid\\w*"
                    + "|\\bkill(?:ing)?\\s+myself\\b"
                    + "|\\bend(?:ing)?\\s+my\\s+(?:own\\s+)?life\\b|\\btake\\s+my\\s+own\\s+life\\b|\\bend\\s+it\\s+all\\b"
                    + "|\\bself[\\s-]?harm\\w*|\\bharm(?:ing)?\\s+myself\\b"
                    // "cutting myself off from friends" is withdrawal, not cutting
                    + "|\\bcut(?:ting)?\\s+myself\\b(?!\\s+(?:off|out|short|some\\s+slack|loose|free))"
                    + "|\\b(?:don" + A + "?t|do\\s+not|no\\s+longer)\\s+want\\s+to\\s+(?:live|be\\s+alive|exist)\\b"
                    + "|\\bwant\\s+to\\s+die\\b|\\bno\\s+reason\\s+to\\s+live\\b|\\bbetter\\s+off\\s+dead\\b"
                    + "|\\bwish\\s+I\\s+(?:was|were)\\s+dead\\b");

    @Override
    public List<Signal> apply(CommentToModerate comment) {
        List<Signal> signals = new ArrayList<>();
        for (String hit : Matches.all(DISTRESS, comment.body())) {
            signals.add(new Signal(RULE_ID, Category.SAFETY, Signal.HOLD_LEVEL, Priority.URGENT, hit,
                    "The writer may be at risk of self-harm; a human should read this first."));
        }
        return signals;
    }
}
