package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GibberishRuleTest {

    private final GibberishRule rule = new GibberishRule();

    @ParameterizedTest
    @ValueSource(strings = {"sdfkjh qwrtpz xcvbnm lkjhg", "hjkqzxwv", "kxqvbnmzrt hello",
            "Bzzrtq ghjkl pwqxz mnbvcx"})
    void keyboardMashingIsHoldLevel(String body) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(GibberishRule.RULE_ID);
            assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The rhythm of our sessions and her strengths helped me through.",
            "lol ok", "See https://example.org/xkcdqzv for the comic", "My code was AB12XZ-99 on the form.",
            "Psychotherapists' strengths: attunement, warmth and directness.",
            "Schadenfreude and Weltschmerz are German words I learned in therapy."})
    void ordinaryWordsLinksAndCodesAreNotGibberish(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
