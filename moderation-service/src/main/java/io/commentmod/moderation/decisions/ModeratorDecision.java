package io.commentmod.moderation.decisions;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;

/** What a moderator can say about a case, and the verdict it becomes. */
public enum ModeratorDecision {
    APPROVE(Decision.PUBLISH, "moderator.approve"),
    REJECT(Decision.REJECT, "moderator.reject");

    private final Decision decision;
    private final String reasonCode;

    ModeratorDecision(Decision decision, String reasonCode) {
        this.decision = decision;
        this.reasonCode = reasonCode;
    }

    Decision decision() {
        return decision;
    }

    CommentStatus resultingStatus() {
        return decision.resultingStatus();
    }

    String reasonCode() {
        return reasonCode;
    }
}
