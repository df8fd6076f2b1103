package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShoutingRuleTest {

    private final ShoutingRule rule = new ShoutingRule();

    @Test
    void textMostlyInCapitalsIsShoutingButOnlyAWeakSign() {
        assertThat(Probe.signals(rule, "AMAZING OFFER FOR EVERY READER TODAY ONLY")).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.ruleId()).isEqualTo(ShoutingRule.SHOUTING);
                    assertThat(signal.score()).isLessThan(Signal.HOLD_LEVEL);
                });
    }

    @Test
    void aStretchedWordIsRepeatedCharactersWithTheRunAsEvidence() {
        assertThat(Probe.signals(rule, "This is sooooooo true")).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ShoutingRule.REPEATED);
            assertThat(signal.evidence()).isEqualTo("ooooooo");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"I felt SO alone after she left, and nobody noticed.", "NO!", "Thank you!!!",
            "We waited 10000000 seconds, or so it felt."})
    void ordinaryEmphasisIsLeftAlone(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
