package io.commentmod.comments.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.commentmod.comments.articles.ArticleDocument;
import io.commentmod.comments.articles.ArticleRegistry;
import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentOutbox;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.kit.web.FieldRejectedException;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.kit.outbox.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Accepts a comment: checks what it refers to, then stores it as {@code PENDING} together with its
 * {@link CommentSubmitted} event in one insert. Once that insert returns, the comment is durable and its event will
 * be published, now by the relay or later by the sweep; everything that can reject the comment happens before it.
 */
@Service
class CommentIngestService {

    private static final Logger log = LoggerFactory.getLogger(CommentIngestService.class);

    private final ArticleRegistry articles;
    private final CommentStore comments;
    private final CommentOutbox outbox;
    private final Clock clock;
    private final Counter ingested;

    CommentIngestService(ArticleRegistry articles, CommentStore comments, CommentOutbox outbox, Clock clock,
            MeterRegistry meters) {
        this.articles = articles;
        this.comments = comments;
        this.outbox = outbox;
        this.clock = clock;
        this.ingested = Counter.builder("comments.ingested")
                .description("Comments accepted by the ingest API and stored as PENDING").register(meters);
    }

    /** @return the new comment's id */
    String submit(SubmitCommentRequest request) {
        ArticleDocument article = articles.find(request.articleId()).orElseThrow(
                () -> new FieldRejectedException("articleId", "does not refer to a registered article"));
        if (request.parentId() != null) {
            checkParent(request.parentId(), article.id());
        }

        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Person author = new Person(request.author().name(), request.author().email());
        boolean byTherapist = article.isTherapist(author.email());
        CommentSubmitted submitted = new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, now), id, article.toRef(),
                request.parentId(), author, request.body(), request.wantsReplyNotifications(), byTherapist, now);
        OutboxEntry entry = OutboxEntry.of(submitted);

        comments.insert(CommentDocument.pending(id, article.id(), request.parentId(), author, request.body(),
                request.wantsReplyNotifications(), byTherapist, now, entry));
        ingested.increment();
        log.info("Accepted comment {} on article {}{}", id, article.id(),
                request.parentId() == null ? "" : " replying to " + request.parentId());
        outbox.publish(id, entry);
        return id;
    }

    /**
     * A reply must answer a comment on the same article; a rejected comment cannot be answered (its text is gone
     * from every view). Held and pending ones can: their author may be answered once a moderator publishes them.
     */
    private void checkParent(String parentId, String articleId) {
        CommentStore.Summary parent = comments.findSummary(parentId)
                .filter(candidate -> articleId.equals(candidate.articleId()))
                .orElseThrow(() -> new FieldRejectedException("parentId",
                        "does not refer to a comment on this article"));
        if (parent.status() == CommentStatus.REJECTED) {
            throw new FieldRejectedException("parentId", "refers to a rejected comment, which cannot be replied to");
        }
    }
}
