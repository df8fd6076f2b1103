package io.commentmod.moderation.decisions;

import java.util.List;

import io.commentmod.contracts.CommentStatus;

/** What became of each case of a bulk decision, in the order asked. */
public record BulkDecisionResult(List<Item> results) {

    public enum Outcome {
        DECIDED, CONFLICT, NOT_FOUND
    }

    /** @param status the case's status after the decision (or as it stays, for a conflict), null when not found */
    public record Item(String commentId, Outcome outcome, CommentStatus status, int revision) {
    }
}
