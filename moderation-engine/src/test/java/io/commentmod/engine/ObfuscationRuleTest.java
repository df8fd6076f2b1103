package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObfuscationRuleTest {

    private final ObfuscationRule rule = new ObfuscationRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a Cyrillic "о" inside a Latin word
            "Great w\u043erk, see my profile        | look-alike",
            // a zero-width space inside a word
            "fr\u200bee coaching for all             | invisible",
            // letters spelled out one by one
            "get p r o m o t e d today             | spaced"})
    void disguisedTextIsHoldLevel(String body, String kind) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ObfuscationRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.SPAM);
            assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
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
