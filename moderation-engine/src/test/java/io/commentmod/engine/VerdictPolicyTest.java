package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

class VerdictPolicyTest {

    private final VerdictPolicy policy = new VerdictPolicy();

    private static Signal signal(Category category, double score, Priority priority) {
        return new Signal("test." + category.name().toLowerCase(), category, score, priority, "text", "why");
    }

    @Test
    void aCommentWithoutSignalsIsPublished() {
        Verdict verdict = policy.decide(List.of());

        assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(verdict.signals()).isEmpty();
    }

    @Test
    void rejectLevelSpamIsRejected() {
        Verdict verdict = policy.decide(List.of(signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW),
                signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)));

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.signals()).hasSize(2);
    }

    @Test
    void spamFromSomeoneInDangerIsHeldAsUrgentInsteadOfRejected() {
        // Given certain spam together with words of distress
        List<Signal> signals = List.of(signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW),
                signal(Category.SAFETY, Signal.HOLD_LEVEL, Priority.URGENT));

        // When the policy decides
        Verdict verdict = policy.decide(signals);

        // Then a human sees it first
        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void holdSignalsHoldWithTheMostUrgentPriorityAmongThem() {
        Verdict verdict = policy.decide(List.of(signal(Category.SPAM, Signal.HOLD_LEVEL, Priority.LOW),
                signal(Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL),
                signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)));

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void rejectLevelSignalsOutsideSpamOnlyHold() {
        Verdict verdict = policy.decide(List.of(signal(Category.PROMOTION, Signal.REJECT_LEVEL, Priority.NORMAL)));

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
    }
}
