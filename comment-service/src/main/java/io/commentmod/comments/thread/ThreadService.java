package io.commentmod.comments.thread;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.commentmod.comments.articles.ArticleRegistry;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.CommentStatus;

/** Reads an article's public thread: published comments plus the positions of the unpublished comments they answer. */
@Service
class ThreadService {

    /** Replies nest this deep at most in practice; the bound only protects against corrupt parent chains. */
    private static final int MAX_ANCESTOR_LOOKUPS = 50;

    private final ArticleRegistry articles;
    private final CommentStore comments;

    ThreadService(ArticleRegistry articles, CommentStore comments) {
        this.articles = articles;
        this.comments = comments;
    }

    Optional<ArticleThread> threadOf(String articleId) {
        return articles.find(articleId).map(article -> {
            List<CommentStore.Published> published = comments.findPublishedOn(articleId);
            List<ThreadBuilder.Visible> visible = published.stream()
                    .map(c -> new ThreadBuilder.Visible(c.id(), c.parentId(),
                            c.author() == null ? null : c.author().name(), c.body(),
                            c.publishedAt() != null ? c.publishedAt() : c.submittedAt(), c.submittedAt(),
                            c.byArticleTherapist()))
                    .toList();
            List<ThreadNode> thread = ThreadBuilder.build(visible, unpublishedAncestors(published));
            return new ArticleThread(article.id(), article.title(), article.url(), thread, visible.size());
        });
    }

    /** Follows parent links upwards from the published comments until every ancestor is known. */
    private List<ThreadBuilder.Position> unpublishedAncestors(List<CommentStore.Published> published) {
        Set<String> known = new HashSet<>();
        published.forEach(c -> known.add(c.id()));
        Set<String> wanted = missingParents(published.stream().map(CommentStore.Published::parentId).toList(), known);
        List<ThreadBuilder.Position> positions = new ArrayList<>();
        for (int round = 0; !wanted.isEmpty() && round < MAX_ANCESTOR_LOOKUPS; round++) {
            known.addAll(wanted);
            List<CommentStore.Position> found = comments.findPositions(wanted).stream()
                    .filter(c -> c.status() != CommentStatus.PUBLISHED)
                    .toList();
            found.forEach(c -> positions.add(new ThreadBuilder.Position(c.id(), c.parentId(), c.submittedAt())));
            wanted = missingParents(found.stream().map(CommentStore.Position::parentId).toList(), known);
        }
        return positions;
    }

    private static Set<String> missingParents(List<String> parentIds, Set<String> known) {
        Set<String> missing = new HashSet<>();
        for (String parentId : parentIds) {
            if (parentId != null && !known.contains(parentId)) {
                missing.add(parentId);
            }
        }
        return missing;
    }
}
