package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Disguised text is a sign of its own: nobody writes "cаsino" with a Cyrillic "а", hides zero-width characters
 * inside words or spaces out letters except to get past a filter. The rules already match through the disguise (see
 * {@link TextNormalizer}); this rule holds it for a human (it never rejects by itself, nor together with other hold-level signs). A stray U+FEFF
 * (left by copy and paste) and accented letters do not count.
 */
final class ObfuscationRule implements Rule {

    static final String RULE_ID = "spam.obfuscation";

    /** The score of decoration that may be innocent: half of what holds. */
    static final double WEAK = 0.25;

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        NormalizedText.Stats stats = evaluation.text.stats();
        List<String> tricks = new ArrayList<>(3);
        if (stats.disguisedWords() > 0) {
            tricks.add(stats.disguisedWords() + " word(s) with look-alike letters from other scripts");
        }
        if (stats.zeroWidthInWords() > 0) {
            tricks.add(stats.zeroWidthInWords() + " invisible character(s) inside words");
        }
        if (stats.spacedLetterRuns() > 0) {
            tricks.add(stats.spacedLetterRuns() + " word(s) spelled out with spaced letters");
        }
        if (!tricks.isEmpty()) {
            // one odd letter or a word spelled out for emphasis ("P E A C E") is often decoration: it only counts
            // together with another sign; hidden characters or several disguised words are a sign by themselves
            boolean strong = stats.zeroWidthInWords() > 0 || stats.disguisedWords() > 1;
            double score = strong ? evaluation.settings.raw.holdThreshold() : WEAK;
            signals.add(new Signal(RULE_ID, Category.SPAM, score, Priority.LOW,
                    String.join("; ", tricks), "The text is disguised to get past filters."));
        }
    }
}
