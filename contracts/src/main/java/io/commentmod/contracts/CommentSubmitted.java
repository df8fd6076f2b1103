package io.commentmod.contracts;

import java.time.Instant;

/**
 * A comment was accepted by the ingest API and stored as {@code PENDING}. Published by comment-service, consumed by
 * moderation-service. Key: the comment id.
 *
 * @param byArticleTherapist the author's email is the email of the article's therapist
 */
public record CommentSubmitted(
        EventMeta meta,
        String commentId,
        ArticleRef article,
        String parentId,
        Person author,
        String body,
        boolean notifyOnReply,
        boolean byArticleTherapist,
        Instant submittedAt) implements DomainEvent {

    public static final String TYPE = "CommentSubmitted";
    public static final int VERSION = 1;
}
