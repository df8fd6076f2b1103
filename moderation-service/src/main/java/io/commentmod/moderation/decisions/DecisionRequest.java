package io.commentmod.moderation.decisions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A moderator's decision. It must say why: with a {@code category} (the reason code: SPAM, PROMOTION for
 * self-promotion, ABUSE, PRIVACY, OFF_TOPIC, SAFETY, OTHER), a note in {@code reason}, or both.
 *
 * @param reason           the moderator's note, optional with a category; stored in the audit trail and sent with
 *                         the verdict
 * @param expectedRevision optional: the revision the moderator was looking at. When given and the case has moved
 *                         on (another moderator decided meanwhile), the decision is refused with 409 instead of
 *                         silently overriding a decision the moderator never saw.
 * @param category         optional: what the decision is about (SPAM, PROMOTION, ABUSE, PRIVACY, SAFETY, OTHER);
 *                         see {@link DecisionCategory} for what it is used for and how it is inferred when absent
 */
public record DecisionRequest(
        @NotNull ModeratorDecision decision,
        @Size(max = DecisionRequest.MAX_REASON) String reason,
        @Positive Integer expectedRevision,
        DecisionCategory category) {

    static final int MAX_REASON = 500;

    /** Reported on the field {@code reason}: a category alone will do, as will a note alone. */
    @AssertTrue(message = "give a category (reason code) or a note saying why")
    boolean isReason() {
        return category != null || (reason != null && !reason.isBlank());
    }

    /** The note, or the category's name when the moderator gave none. */
    String explanation() {
        return reason != null && !reason.isBlank() ? reason.strip() : category.name();
    }
}
