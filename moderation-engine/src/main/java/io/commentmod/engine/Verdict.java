package io.commentmod.engine;

import java.util.List;
import java.util.Objects;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

/**
 * The outcome for one comment and every signal behind it (empty for a clean comment).
 *
 * @param priority     how urgently a human should look (for HOLD; a published comment gets NORMAL, should it be
 *                     reported later; a rejected one LOW)
 * @param queueReason  for HOLD, why it waits for a moderator in one phrase (e.g. "Possible self-harm or suicide
 *                     risk"); null otherwise
 * @param alert        someone may be in danger: alert a human now, do not wait for the queue
 * @param tags         facts about the decision moderators and readers may see, e.g. {@value #EXPERT}
 * @param rulesVersion the settings version that decided ({@link EngineSettings#version()})
 * @param modelVersion the learned model's version, or null when no model took part
 */
public record Verdict(Decision decision, Priority priority, String queueReason, boolean alert, List<String> tags,
        List<Signal> signals, String rulesVersion, String modelVersion) {

    /** The article's therapist wrote the comment. */
    public static final String EXPERT = "expert";

    /** The author is trusted (by a moderator, or by a record of published comments without rejections). */
    public static final String TRUSTED = "trusted";

    public Verdict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(priority, "priority");
        tags = tags == null ? List.of() : List.copyOf(tags);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** The distinct rule ids that fired, in the order they fired. */
    public List<String> ruleIds() {
        return signals.stream().map(Signal::ruleId).distinct().toList();
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
