package io.commentmod.demosite.article;

import io.commentmod.demosite.proxy.NewComment;

/**
 * The "Leave a comment" form as submitted. No validation here on purpose: comment-service is the one place that
 * decides what a valid comment is, and its per-field messages are shown next to the fields. The browser checks
 * {@code required} and {@code maxlength} first (see {@link #NAME_MAX} etc.) only to save a round trip.
 */
public record CommentForm(String name, String email, String body, Boolean notifyOnReply, String parentId) {

    /** The limits of comment-service's {@code SubmitCommentRequest}. */
    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int BODY_MAX = 5000;

    static CommentForm empty(String parentId) {
        return new CommentForm("", "", "", false, parentId == null || parentId.isBlank() ? null : parentId);
    }

    public boolean wantsReplyNotifications() {
        return Boolean.TRUE.equals(notifyOnReply);
    }

    public boolean isReply() {
        return parentId != null && !parentId.isBlank();
    }

    NewComment toNewComment(String articleId) {
        return new NewComment(articleId, isReply() ? parentId : null, name, email, body, wantsReplyNotifications());
    }
}
