package io.commentmod.engine;

import java.util.Objects;

import io.commentmod.contracts.Priority;

/**
 * One rule hit.
 *
 * @param ruleId      stable id, e.g. {@code spam.link}; moderators and metrics see it, so never rename one
 * @param score       {@link #HOLD_LEVEL} or more; {@link #REJECT_LEVEL} for hits certain enough to reject on
 * @param priority    how soon a human should look if this signal holds the comment
 * @param evidence    the text that matched, exactly as written in the comment
 * @param explanation one sentence a moderator can read
 */
public record Signal(String ruleId, Category category, double score, Priority priority, String evidence,
        String explanation) {

    /** Enough to hold a comment for a human. */
    public static final double HOLD_LEVEL = 0.5;

    /** Enough to reject a comment without a human (spam only). */
    public static final double REJECT_LEVEL = 1.0;

    public Signal {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        if (score < HOLD_LEVEL) {
            throw new IllegalArgumentException("A signal below hold level is not a signal: " + score);
        }
    }

    public boolean isRejectLevel() {
        return score >= REJECT_LEVEL;
    }
}
