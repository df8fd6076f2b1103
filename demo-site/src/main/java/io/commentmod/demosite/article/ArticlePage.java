package io.commentmod.demosite.article;

import java.util.List;

/**
 * Everything the article template needs.
 *
 * @param publishedCount       published comments in the public thread (the visitor's own pending ones not counted)
 * @param commentsUnavailable  comment-service could not be asked; the article is shown anyway
 */
public record ArticlePage(String articleId, String title, String askedBy, List<String> question, String therapistName,
        List<String> answer, List<CommentView> comments, int publishedCount, boolean commentsUnavailable) {

    /** The published comment with this id, for "Replying to ..."; {@code null} if it is not in the thread. */
    public CommentView published(String id) {
        return id == null ? null : find(comments, id);
    }

    private static CommentView find(List<CommentView> comments, String id) {
        for (CommentView comment : comments) {
            if (comment.published() && comment.id().equals(id)) {
                return comment;
            }
            CommentView found = find(comment.replies(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
