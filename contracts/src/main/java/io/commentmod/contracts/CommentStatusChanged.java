package io.commentmod.contracts;

import java.time.Instant;

/**
 * comment-service applied a transition to a comment (it is the only writer of comment status). Carries what
 * notification-service needs to decide who hears about it, so that service needs no access to the comment store.
 * Key: the comment id.
 *
 * @param parent the comment this one replies to, or null for a top-level comment
 */
public record CommentStatusChanged(
        EventMeta meta,
        String commentId,
        ArticleRef article,
        Person author,
        String body,
        boolean byArticleTherapist,
        ParentComment parent,
        CommentStatus from,
        CommentStatus to,
        Actor changedBy,
        int revision,
        Instant changedAt) implements DomainEvent {

    public static final String TYPE = "CommentStatusChanged";
    public static final int VERSION = 1;

    /** The parent comment's author and whether they asked to hear about replies. */
    public record ParentComment(String commentId, Person author, boolean notifyOnReply, CommentStatus status) {
    }
}
