package io.commentmod.demosite.proxy;

/** What a reader submitted in the form, on its way to {@code POST /api/v1/comments}. */
public record NewComment(String articleId, String parentId, String authorName, String authorEmail, String body,
        boolean notifyOnReply) {
}
