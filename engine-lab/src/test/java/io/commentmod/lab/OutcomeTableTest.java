package io.commentmod.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OutcomeTableTest {

    @Test
    void countsHoldAndRejectAsKeptOut() {
        OutcomeTable t = new OutcomeTable();
        add(t, true, Outcome.REJECT, 80);
        add(t, true, Outcome.HOLD, 15);
        add(t, true, Outcome.PUBLISH, 5);
        add(t, false, Outcome.PUBLISH, 90);
        add(t, false, Outcome.HOLD, 8);
        add(t, false, Outcome.REJECT, 2);

        assertThat(t.total()).isEqualTo(200);
        assertThat(t.accuracy()).isCloseTo(185 / 200.0, within(1e-9));
        assertThat(t.precision()).isCloseTo(95 / 105.0, within(1e-9));
        assertThat(t.recall()).isCloseTo(0.95, within(1e-9));
        double mcc = (95.0 * 90 - 10.0 * 5) / Math.sqrt(105.0 * 100 * 100 * 95);
        assertThat(t.mcc()).isCloseTo(mcc, within(1e-9));
        assertThat(t.leakRate()).isCloseTo(0.05, within(1e-9));
        assertThat(t.lossRate()).isCloseTo(0.02, within(1e-9));
        assertThat(t.legitimateHeldRate()).isCloseTo(0.08, within(1e-9));
        assertThat(t.heldShare()).isCloseTo(23 / 200.0, within(1e-9));
        assertThat(t.render()).contains("PUBLISH", "spam", "legitimate", "MCC");
    }

    @Test
    void emptyTableHasNoNaNs() {
        OutcomeTable t = new OutcomeTable();
        assertThat(t.mcc()).isZero();
        assertThat(t.f1()).isZero();
        assertThat(t.commentsPerSecond()).isZero();
    }

    private static void add(OutcomeTable t, boolean spam, Outcome o, int n) {
        for (int i = 0; i < n; i++) {
            t.add(spam, o);
        }
    }
}
