package io.commentmod.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A decision on a comment, automatic or by a moderator. Published by moderation-service, applied by comment-service.
 * Key: the comment id.
 *
 * @param revision      1 for the automatic verdict, +1 for each later decision on the same comment; comment-service
 *                      applies a verdict only when its revision is higher than the last one it applied, so a
 *                      redelivered or stale verdict changes nothing
 * @param rulesVersion  the rule set that produced the automatic verdict (also kept on human decisions)
 * @param modelVersion  the learned model's version, or null when none took part
 */
public record CommentModerated(
        EventMeta meta,
        String commentId,
        String articleId,
        Decision decision,
        Priority priority,
        List<Reason> reasons,
        Actor decidedBy,
        String note,
        int revision,
        String rulesVersion,
        String modelVersion,
        Instant decidedAt) implements DomainEvent {

    public static final String TYPE = "CommentModerated";
    public static final int VERSION = 1;

    public CommentModerated {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
