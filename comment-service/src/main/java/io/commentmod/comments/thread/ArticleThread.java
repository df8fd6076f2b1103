package io.commentmod.comments.thread;

import java.util.List;

/**
 * What readers see under an article.
 *
 * @param count published comments in the thread (placeholders not included)
 */
record ArticleThread(String articleId, String title, String url, List<ThreadNode> comments, int count) {
}
