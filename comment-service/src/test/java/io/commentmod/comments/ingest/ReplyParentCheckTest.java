package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.kit.web.FieldRejectedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The parent of a reply is looked for in the store, then among the comments this instance accepted a moment ago. The
 * recorder stores a comment and then forgets it here, so it can move from one to the other between the two looks.
 */
class ReplyParentCheckTest {

    private final RecentlyAccepted recentlyAccepted = new RecentlyAccepted();

    @Test
    void aParentStoredBetweenTheLookInTheStoreAndTheLookAmongRecentCommentsIsFound() {
        // Given a parent accepted here that the recorder stores (and forgets here) right after the store missed it
        CommentSubmitted parent = accepted("parent-1", "article-1");
        recentlyAccepted.add(parent);
        CommentStore store = new CommentStore(null) {
            private boolean stored;

            @Override
            public Optional<Summary> findSummary(String id) {
                if (!stored) {
                    stored = true;
                    recentlyAccepted.forget(id);
                    return Optional.empty();
                }
                return Optional.of(new Summary(id, "article-1", CommentStatus.PENDING, 0));
            }
        };

        // When a reply to it on the same article is checked, then it is accepted
        assertThatCode(() -> service(store, recentlyAccepted).checkParent("parent-1", "article-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void aParentAcceptedHereAndNotStoredYetIsFound() {
        recentlyAccepted.add(accepted("parent-2", "article-1"));
        CommentStore empty = storeAnswering(id -> Optional.empty());

        assertThatCode(() -> service(empty, recentlyAccepted).checkParent("parent-2", "article-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void aParentStoredByAnotherInstanceIsJudgedAsTheStoreHasItNotAsThisInstanceAcceptedIt() {
        // Given a parent accepted here, stored by another instance's recorder (so never forgotten here) and rejected
        recentlyAccepted.add(accepted("parent-3", "article-1"));
        CommentStore store = storeAnswering(
                id -> Optional.of(new CommentStore.Summary(id, "article-1", CommentStatus.REJECTED, 0)));

        // When a reply to it is checked, then it is refused as a reply to a rejected comment
        assertThatThrownBy(() -> service(store, recentlyAccepted).checkParent("parent-3", "article-1"))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("parentId");
                    assertThat(e.getMessage()).contains("rejected");
                });
    }

    @Test
    void aParentFoundNowhereIsRefusedNamingTheField() {
        CommentStore empty = storeAnswering(id -> Optional.empty());

        assertThatThrownBy(() -> service(empty, recentlyAccepted).checkParent("nowhere", "article-1"))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    /** A store whose summaries come from the given function; nothing else of it is used by the parent check. */
    private static CommentStore storeAnswering(Function<String, Optional<CommentStore.Summary>> summaries) {
        return new CommentStore(null) {
            @Override
            public Optional<Summary> findSummary(String id) {
                return summaries.apply(id);
            }
        };
    }

    private static CommentIngestService service(CommentStore store, RecentlyAccepted recent) {
        return new CommentIngestService(null, store, recent, null, Clock.systemUTC(),
                new SimpleMeterRegistry());
    }

    private static CommentSubmitted accepted(String id, String articleId) {
        Instant now = Instant.now();
        return new CommentSubmitted(EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, now), id,
                new ArticleRef(articleId, "Title", "https://example.org/" + articleId,
                        new Person("Dr. T", "t@example.org")),
                null, new Person("Reader", "reader@example.org"), "A comment.", false, false, now);
    }
}
