package io.commentmod.engine;

import java.util.List;
import java.util.Objects;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

/** The outcome for one comment and every signal behind it (empty for a clean comment). */
public record Verdict(Decision decision, Priority priority, List<Signal> signals) {

    public Verdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(priority, "priority");
        signals = List.copyOf(signals);
    }

    public List<String> ruleIds() {
        return signals.stream().map(Signal::ruleId).distinct().toList();
    }
}
