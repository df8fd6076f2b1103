package io.commentmod.demosite.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * The ids of the comments this browser posted, per article, kept in the HTTP session. That is what lets the page
 * show a visitor their own comment while it awaits moderation, and nobody else: the session cookie is the only
 * proof of authorship a site without accounts has. Only ids are kept; text and status come from comment-service.
 */
@Component
class PostedComments {

    /** Enough for any real visit; bounds the status look-ups one page view makes. */
    static final int KEPT_PER_ARTICLE = 20;

    void remember(HttpSession session, String articleId, String commentId) {
        List<String> ids = new ArrayList<>(idsOn(session, articleId));
        ids.remove(commentId);
        ids.add(commentId);
        while (ids.size() > KEPT_PER_ARTICLE) {
            ids.remove(0);
        }
        session.setAttribute(key(articleId), ids);
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    List<String> idsOn(HttpSession session, String articleId) {
        if (session == null) {
            return List.of();
        }
        Object ids = session.getAttribute(key(articleId));
        return ids instanceof List<?> list ? List.copyOf((List<String>) list) : List.of();
    }

    private static String key(String articleId) {
        return "posted-comments:" + articleId;
    }
}
