package io.commentmod.demosite.proxy;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/v1/comments/{id}} (site key): a comment with its current status, whatever that is. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentState(String id, String articleId, String parentId, PublicThread.Author author, String body,
        String status, Instant submittedAt) {

    /** Not decided yet, or waiting for a moderator: to its author, both are "awaiting moderation". */
    public boolean awaitingModeration() {
        return "PENDING".equals(status) || "HELD".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
