package io.commentmod.engine;

import java.util.Comparator;
import java.util.List;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

/**
 * Turns signals into a decision. Only spam is ever rejected without a human, and never when the writer may be in
 * danger: a person in distress who also pasted a link must reach a moderator, not vanish.
 */
final class VerdictPolicy {

    /** Priority of a published comment, should it be reported later. */
    static final Priority PUBLISHED_PRIORITY = Priority.NORMAL;

    Verdict decide(List<Signal> signals) {
        if (signals.isEmpty()) {
            return new Verdict(Decision.PUBLISH, PUBLISHED_PRIORITY, signals);
        }
        boolean safety = signals.stream().anyMatch(s -> s.category() == Category.SAFETY);
        boolean certainSpam = signals.stream().anyMatch(s -> s.category() == Category.SPAM && s.isRejectLevel());
        if (certainSpam && !safety) {
            return new Verdict(Decision.REJECT, Priority.LOW, signals);
        }
        Priority highest = signals.stream().map(Signal::priority).min(Comparator.naturalOrder()).orElseThrow();
        return new Verdict(Decision.HOLD, highest, signals);
    }
}
