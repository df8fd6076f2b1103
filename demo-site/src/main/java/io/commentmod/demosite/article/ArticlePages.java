package io.commentmod.demosite.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.commentmod.demosite.DemoSiteProperties;
import io.commentmod.demosite.proxy.CommentApi;
import io.commentmod.demosite.proxy.CommentApiUnavailableException;
import io.commentmod.demosite.proxy.CommentState;
import io.commentmod.demosite.proxy.PublicThread;

/**
 * Assembles the article page: the site's own content, the public thread, and this visitor's own comments that are
 * not in the thread. The thread comes from the public endpoint, which only ever contains published comments; the
 * visitor's own comments are looked up one by one with the site key and shown to that visitor only.
 */
@Service
class ArticlePages {

    private static final Logger log = LoggerFactory.getLogger(ArticlePages.class);

    private final DemoSiteProperties.Article article;
    private final CommentApi api;

    ArticlePages(DemoSiteProperties properties, CommentApi api) {
        this.article = properties.article();
        this.api = api;
    }

    ArticlePage build(List<String> ownCommentIds) {
        List<CommentView> comments = new ArrayList<>();
        Map<String, CommentView> byId = new HashMap<>();
        int publishedCount = 0;
        boolean unavailable = false;
        try {
            Optional<PublicThread> thread = api.thread(article.id());
            if (thread.isPresent()) {
                thread.get().comments().forEach(entry -> comments.add(toView(entry, byId)));
                publishedCount = (int) byId.values().stream().filter(CommentView::published).count();
            } else {
                // not registered yet (comment-service has just started): an empty thread, and registration retries
                log.info("comment-service does not know article '{}' yet", article.id());
            }
            addOwnComments(ownCommentIds, comments, byId);
        } catch (CommentApiUnavailableException e) {
            log.warn("Comments of '{}' unavailable: {}", article.id(), e.getMessage());
            unavailable = true;
        }
        return new ArticlePage(article.id(), article.title(), article.askedBy(), paragraphs(article.question()),
                article.therapistName(), paragraphs(article.answer()), comments, publishedCount, unavailable);
    }

    private static CommentView toView(PublicThread.Entry entry, Map<String, CommentView> byId) {
        CommentView view = entry.isHidden()
                ? CommentView.of(entry.id(), null, null, null, false, CommentView.Kind.PLACEHOLDER)
                : CommentView.of(entry.id(), entry.author() == null ? null : entry.author().name(), entry.body(),
                        entry.date(), entry.byArticleTherapist(), CommentView.Kind.PUBLISHED);
        byId.put(entry.id(), view);
        entry.replies().forEach(reply -> view.replies().add(toView(reply, byId)));
        return view;
    }

    /**
     * The visitor's comments that are not published (yet), under the comment they answer when that is on the page,
     * at the end otherwise. A published one is already in the thread; one that was just published but is not in the
     * thread we read a moment ago is left out rather than shown twice on the next view.
     */
    private void addOwnComments(List<String> ownCommentIds, List<CommentView> comments, Map<String, CommentView> byId) {
        for (String id : ownCommentIds) {
            if (byId.containsKey(id) && byId.get(id).published()) {
                continue;
            }
            Optional<CommentState> state;
            try {
                state = api.comment(id);
            } catch (CommentApiUnavailableException e) {
                log.warn("Status of comment {} unavailable: {}", id, e.getMessage());
                continue;
            }
            if (state.isEmpty() || state.get().published() || !article.id().equals(state.get().articleId())) {
                continue;
            }
            CommentState own = state.get();
            CommentView.Kind kind = own.awaitingModeration() ? CommentView.Kind.OWN_AWAITING_MODERATION
                    : CommentView.Kind.OWN_NOT_PUBLISHED;
            CommentView view = CommentView.of(own.id(), own.author() == null ? null : own.author().name(),
                    kind == CommentView.Kind.OWN_NOT_PUBLISHED ? null : own.body(), own.submittedAt(), false, kind);
            // a placeholder at the top level is this comment's own place (it has published replies): take it over
            CommentView placeholder = byId.get(own.id());
            if (placeholder != null && placeholder.placeholder()) {
                view.replies().addAll(placeholder.replies());
                replace(comments, placeholder, view);
                byId.put(own.id(), view);
                continue;
            }
            CommentView parent = own.parentId() == null ? null : byId.get(own.parentId());
            (parent != null ? parent.replies() : comments).add(view);
            byId.put(own.id(), view);
        }
    }

    private static boolean replace(List<CommentView> comments, CommentView old, CommentView replacement) {
        for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i) == old) {
                comments.set(i, replacement);
                return true;
            }
            if (replace(comments.get(i).replies(), old, replacement)) {
                return true;
            }
        }
        return false;
    }

    /** Content paragraphs are separated by blank lines in the configuration. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }
}
