package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelRuleTest {

    private static ModelRule model(double probability) {
        return new ModelRule(new SpamModel() {
            @Override
            public double spamProbability(String text) {
                return probability;
            }

            @Override
            public String version() {
                return "nb-test";
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"0.0, -1", "0.79, -1", "NaN, -1", "0.8, 0", "0.9, 0", "0.97, 1", "1.0, 1"})
    void theProbabilityBecomesOneSignalScaledByTheThresholds(double probability, int level) {
        var signals = Probe.signals(model(probability), "Any text at all");

        if (level < 0) {
            assertThat(signals).isEmpty();
            return;
        }
        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ModelRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.SPAM);
            assertThat(signal.score()).isGreaterThanOrEqualTo(Signal.HOLD_LEVEL);
            assertThat(signal.isRejectLevel()).isEqualTo(level == 1);
            assertThat(signal.explanation()).contains("nb-test");
        });
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0.000", "0.8, 0.800", "0.9734, 0.973", "0.9736, 0.974", "0.05, 0.050", "0.0049, 0.005",
            "1.0, 1.000"})
    void theEvidenceShowsTheProbabilityWithThreeDecimals(double probability, String shown) {
        assertThat(ModelRule.threeDecimals(probability)).isEqualTo(shown);
        if (probability >= 0.8) {
            assertThat(Probe.signals(model(probability), "Any text at all")).singleElement()
                    .satisfies(signal -> assertThat(signal.evidence()).isEqualTo("p(spam) = " + shown));
        }
    }
}
