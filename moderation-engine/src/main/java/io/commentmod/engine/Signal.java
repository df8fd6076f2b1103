package io.commentmod.engine;

import java.util.Objects;

import io.commentmod.contracts.Priority;

/**
 * One rule hit.
 *
 * @param ruleId      stable id, e.g. {@code spam.link}; moderators and metrics see it, so never rename one
 * @param score       how much the hit counts towards its category: {@link #HOLD_LEVEL} in a category holds,
 *                    one signal at {@link #REJECT_LEVEL} in spam, abuse or distrust rejects (sums of weaker ones only
 *                    hold); weak hits score less and only count together with others; a negative score is a bonus
 *                    (trust)
 * @param priority    how soon a human should look if this signal holds the comment
 * @param evidence    the text that matched, as written in the comment (the original characters, not the normalized
 *                    ones), or a short description when the signal is about the context
 * @param explanation one sentence a moderator can read
 */
public record Signal(String ruleId, Category category, double score, Priority priority, String evidence,
        String explanation) {

    /** Enough, summed in one category, to hold a comment for a human. */
    public static final double HOLD_LEVEL = 0.5;

    /** Enough, in one signal in spam, abuse or distrust, to reject a comment without a human. */
    public static final double REJECT_LEVEL = 1.0;

    public Signal {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("A signal's score must be a finite number: " + score);
        }
        evidence = evidence == null ? "" : evidence;
        explanation = explanation == null ? "" : explanation;
    }

    public boolean isRejectLevel() {
        return score >= REJECT_LEVEL;
    }
}
