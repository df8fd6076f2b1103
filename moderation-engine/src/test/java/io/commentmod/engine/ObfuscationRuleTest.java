package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObfuscationRuleTest {

    private final ObfuscationRule rule = new ObfuscationRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Cyrillic letters inside two Latin words
            "Great w\u043erk, see my pr\u043efile    | look-alike",
            // a zero-width space inside a word
            "fr\u200bee coaching for all             | invisible"})
    void disguisedTextIsHoldLevel(String body, String kind) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ObfuscationRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.SPAM);
            assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
            assertThat(signal.evidence()).contains(kind);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // one Greek omicron in "Oh": an odd keyboard as often as a trick
            "\u039fh my god, this helped             | look-alike",
            // letters spelled out one by one, often for emphasis
            "get p r o m o t e d today             | spaced",
            "P E A C E & L O V E                   | spaced"})
    void decorationThatMayBeInnocentOnlyCountsWithOtherSigns(String body, String kind) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.score()).isLessThan(Signal.HOLD_LEVEL).isPositive();
            assertThat(signal.evidence()).contains(kind);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ufeffThis helped me a lot", "Na\u00efve of me, but the caf\u00e9 sessions felt safe.",
            "\u0421\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u0441\u0442\u0430\u0442\u044c\u044e",
            "Family \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 therapy helped", "Plan A, B or C: none of them worked"})
    void byteOrderMarksAccentsOtherScriptsAndEmojiAreNotTricks(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
