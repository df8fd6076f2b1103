package io.commentmod.contracts;

import java.time.Instant;

/**
 * A reader reported a comment. Published by comment-service, consumed by moderation-service (the Reported queue).
 * Key: the comment id.
 *
 * @param reportCount how many reports the comment has, this one included
 */
public record CommentReported(
        EventMeta meta,
        String commentId,
        String articleId,
        String reportId,
        String reason,
        int reportCount,
        CommentStatus status,
        Instant reportedAt) implements DomainEvent {

    public static final String TYPE = "CommentReported";
    public static final int VERSION = 1;
}
