package io.commentmod.moderation.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * @param reason           why, in the moderator's words; stored in the audit trail and sent with the verdict
 * @param expectedRevision optional: the revision the moderator was looking at. When given and the case has moved
 *                         on (another moderator decided meanwhile), the decision is refused with 409 instead of
 *                         silently overriding a decision the moderator never saw.
 * @param category         optional: what the decision is about (SPAM, PROMOTION, ABUSE, PRIVACY, SAFETY, OTHER);
 *                         see {@link DecisionCategory} for what it is used for and how it is inferred when absent
 */
record DecisionRequest(
        @NotNull ModeratorDecision decision,
        @NotBlank @Size(min = 1, max = DecisionRequest.MAX_REASON) String reason,
        @Positive Integer expectedRevision,
        DecisionCategory category) {

    static final int MAX_REASON = 500;
}
