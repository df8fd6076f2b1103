package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Shouting (mostly capitals) and stretched characters ("FREEEEE!!!!!") are how adverts grab attention. Upset readers
 * shout too, and excited fans do both at once ("OMG I LOVE THIS!!!!!!"), so each counts only a little: alone or
 * together they never hold; with another spam sign they tip it.
 */
final class ShoutingRule implements Rule {

    static final String SHOUTING = "spam.shouting";
    static final String REPEATED = "spam.repeated-chars";

    static final double SCORE = 0.2;
    static final int MIN_LETTERS = 20;
    static final double UPPER_SHARE = 0.7;
    static final int LETTER_RUN = 5;
    static final int SYMBOL_RUN = 6;

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText.Stats stats = evaluation.text.stats();
        if (stats.letters() >= MIN_LETTERS && stats.upperLetters() >= UPPER_SHARE * stats.letters()) {
            String original = evaluation.text.original();
            signals.add(new Signal(SHOUTING, Category.SPAM, SCORE, Priority.LOW,
                    original.length() > 60 ? original.substring(0, 60).strip() + "…" : original.strip(),
                    "The comment is written mostly in capitals."));
        }
        if (stats.longestRun() >= LETTER_RUN) {
            String run = evaluation.text.original().substring(stats.longestRunStart(), stats.longestRunEnd());
            boolean letter = Character.isLetter(run.codePointAt(0));
            if (letter || stats.longestRun() >= SYMBOL_RUN) {
                signals.add(new Signal(REPEATED, Category.SPAM, SCORE, Priority.LOW, run,
                        "A character repeated " + stats.longestRun() + " times in a row."));
            }
        }
    }
}
