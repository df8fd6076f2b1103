package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Words of someone who may be in danger. Never rejected and never published unseen: held as urgent, with an alert,
 * so a human reads it first and can respond. A story about a past struggle is held too; the moderator, not a
 * pattern, judges.
 */
final class SafetyRule implements Rule {

    static final String RULE_ID = "safety.self-harm";

    private static final String A = Matches.APOSTROPHE;

    private static final Trigger DISTRESS = new Trigger(
            "\\bsuicid\\w*"
                    + "|\\bkill(?:ing)?\\s+myself\\b|\\bhang(?:ing)?\\s+myself\\b"
                    + "|\\bend(?:ing)?\\s+my\\s+(?:own\\s+)?life\\b|\\btake\\s+my\\s+own\\s+life\\b|\\bend\\s+it\\s+all\\b"
                    + "|\\bself[\\s-]?harm\\w*|\\b(?:harm|hurt)(?:ing)?\\s+myself\\b"
                    // "cutting myself off from friends" is withdrawal, not cutting
                    + "|\\bcut(?:ting)?\\s+myself\\b(?!\\s+(?:off|out|short|some\\s+slack|loose|free))"
                    + "|\\b(?:don" + A + "?t|do\\s+not|no\\s+longer)\\s+want\\s+to\\s+(?:live|be\\s+alive|exist"
                    + "|be\\s+here\\s+any\\s*more|wake\\s+up)\\b"
                    + "|\\bwant\\s+to\\s+die\\b|\\bno\\s+reason\\s+to\\s+live\\b|\\bbetter\\s+off\\s+dead\\b"
                    + "|\\bwish\\s+i\\s+(?:was|were)\\s+dead\\b|\\boverdos\\w*\\s+on\\s+purpose\\b",
            // whole leading phrases where the first word is common: each hit costs a pattern run
            "suicid", "kill my", "killing my", "hang my", "hanging my", "end my", "ending my", "end it", "take my",
            "self", "harm my", "harming my", "hurt my", "hurting my", "cut my", "cutting my", "don", "do not",
            "no longer", "no reason", "want to d", "better off", "wish i", "overdos");

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        for (String hit : DISTRESS.all(evaluation.text)) {
            signals.add(new Signal(RULE_ID, Category.SAFETY, Signal.HOLD_LEVEL, Priority.URGENT, hit,
                    "The writer may be at risk of self-harm; a human should read this first."));
        }
    }
}
