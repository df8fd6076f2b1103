package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

class VerdictPolicyTest {

    private final VerdictPolicy policy = new VerdictPolicy(EngineSettings.defaults());

    private static Signal signal(Category category, double score, Priority priority) {
        return new Signal("test." + category.name().toLowerCase(), category, score, priority, "text", "why");
    }

    private static final Signal EXPERT = new Signal(TrustRule.EXPERT, Category.TRUST, 0, Priority.NORMAL, "", "");

    private static final Signal BONUS = new Signal(TrustRule.ESTABLISHED, Category.TRUST, -0.3, Priority.NORMAL, "",
            "");

    @Test
    void aCommentWithoutSignalsIsPublishedWithTheVersions() {
        Verdict verdict = policy.decide(List.of(), "model-7");

        assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(verdict.queueReason()).isNull();
        assertThat(verdict.rulesVersion()).isEqualTo(EngineSettings.DEFAULT_VERSION);
        assertThat(verdict.modelVersion()).isEqualTo("model-7");
    }

    @Test
    void weakSignalsAddUpPerCategory() {
        // Given two weak spam signs, each below hold level
        List<Signal> weak = List.of(signal(Category.SPAM, 0.25, Priority.LOW), signal(Category.SPAM, 0.25, Priority.LOW));

        // Then together they hold, and alone they do not
        assertThat(policy.decide(weak, null).decision()).isEqualTo(Decision.HOLD);
        assertThat(policy.decide(weak.subList(0, 1), null).decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void weakSignalsInDifferentCategoriesDoNotAddUp() {
        Verdict verdict = policy.decide(List.of(signal(Category.SPAM, 0.4, Priority.LOW),
                signal(Category.PROMOTION, 0.4, Priority.NORMAL)), null);

        assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void holdLevelSignalsNeverAddUpToARejection() {
        // Given a hesitant model, a first-time author's link and the link itself; or two suspect words
        Verdict spam = policy.decide(List.of(signal(Category.SPAM, 0.7, Priority.LOW),
                signal(Category.SPAM, Signal.HOLD_LEVEL, Priority.LOW), signal(Category.SPAM, 0.2, Priority.LOW)),
                null);
        Verdict abuse = policy.decide(List.of(signal(Category.ABUSE, Signal.HOLD_LEVEL, Priority.HIGH),
                signal(Category.ABUSE, Signal.HOLD_LEVEL, Priority.HIGH)), null);

        // Then a human decides: only a signal that is reject-level by itself rejects
        assertThat(spam.decision()).isEqualTo(Decision.HOLD);
        assertThat(abuse.decision()).isEqualTo(Decision.HOLD);
        assertThat(abuse.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void rejectLevelSpamIsRejected() {
        Verdict verdict = policy.decide(List.of(signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW),
                signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)), null);

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.signals()).hasSize(2);
    }

    @Test
    void spamFromSomeoneInDangerIsHeldAsUrgentWithAnAlert() {
        List<Signal> signals = List.of(signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW),
                signal(Category.ABUSE, Signal.REJECT_LEVEL, Priority.LOW),
                signal(Category.SAFETY, Signal.HOLD_LEVEL, Priority.URGENT));

        Verdict verdict = policy.decide(signals, null);

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.priority()).isEqualTo(Priority.URGENT);
        assertThat(verdict.alert()).isTrue();
        assertThat(verdict.queueReason()).isEqualTo(Category.SAFETY.queueReason());
    }

    @Test
    void holdSignalsHoldWithTheMostUrgentPriorityAndItsCategoryAsTheReason() {
        Verdict verdict = policy.decide(List.of(signal(Category.SPAM, Signal.HOLD_LEVEL, Priority.LOW),
                signal(Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL),
                signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)), null);

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.priority()).isEqualTo(Priority.HIGH);
        assertThat(verdict.queueReason()).isEqualTo(Category.PRIVACY.queueReason());
        assertThat(verdict.alert()).isFalse();
    }

    @Test
    void promotionAndPrivacyAreNeverRejectedWithoutAHuman() {
        Verdict verdict = policy.decide(List.of(signal(Category.PROMOTION, 3.0, Priority.NORMAL),
                signal(Category.PRIVACY, 3.0, Priority.HIGH)), null);

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void theExpertIsPublishedDespiteMildSignalsButHeldOnRejectLevelOnes() {
        Verdict mild = policy.decide(List.of(EXPERT, signal(Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL),
                signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)), null);
        Verdict spammy = policy.decide(List.of(EXPERT, signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW)),
                null);
        Verdict distressed = policy.decide(List.of(EXPERT, signal(Category.SAFETY, Signal.HOLD_LEVEL,
                Priority.URGENT)), null);

        assertThat(mild.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(mild.tags()).containsExactly(Verdict.EXPERT);
        assertThat(spammy.decision()).isEqualTo(Decision.HOLD);
        assertThat(distressed.decision()).isEqualTo(Decision.HOLD);
        assertThat(distressed.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aTrustBonusLowersHoldLevelSpamAndPromotionButNotCertainSpam() {
        Verdict mild = policy.decide(List.of(BONUS, signal(Category.SPAM, 0.7, Priority.LOW),
                signal(Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL)), null);
        Verdict certain = policy.decide(List.of(BONUS, signal(Category.SPAM, Signal.REJECT_LEVEL, Priority.LOW)),
                null);
        Verdict privacy = policy.decide(List.of(BONUS, signal(Category.PRIVACY, Signal.HOLD_LEVEL, Priority.HIGH)),
                null);

        assertThat(mild.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(mild.tags()).containsExactly(Verdict.TRUSTED);
        assertThat(certain.decision()).isEqualTo(Decision.REJECT);
        assertThat(privacy.decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void rejectLevelDistrustRejects() {
        Verdict verdict = policy.decide(List.of(signal(Category.TRUST, Signal.REJECT_LEVEL, Priority.LOW)), null);

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    }
}
