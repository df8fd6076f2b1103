package io.commentmod.comments.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import io.commentmod.comments.articles.ArticleDocument;
import io.commentmod.comments.articles.ArticleRegistry;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.web.FieldRejectedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Accepts a comment: checks what it refers to, then appends its {@link CommentSubmitted} event to the topic and
 * answers once the broker has it ({@code acks=all}). The topic is the record of accepted comments: this service's
 * store is written from it ({@link AcceptedCommentRecorder}) and moderation-service reads the same record, so a
 * comment is accepted exactly when its event is in the log, and no database write waits in the request.
 * <p>
 * If the broker does not take the event, the producer gives up within its delivery timeout and the request gets a
 * {@code 503}: nothing was accepted, nothing is left behind, and the website may submit again.
 */
@Service
class CommentIngestService {

    private static final Logger log = LoggerFactory.getLogger(CommentIngestService.class);
    /** The producer fails a send within max.block.ms + delivery.timeout.ms (application.yml); this only guards it. */
    private static final long SEND_GUARD_SECONDS = 60;

    private final ArticleRegistry articles;
    private final CommentStore comments;
    private final RecentlyAccepted recentlyAccepted;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Counter ingested;
    private final Counter unavailable;

    CommentIngestService(ArticleRegistry articles, CommentStore comments, RecentlyAccepted recentlyAccepted,
            KafkaTemplate<String, Object> kafka, Clock clock, MeterRegistry meters) {
        this.articles = articles;
        this.comments = comments;
        this.recentlyAccepted = recentlyAccepted;
        this.kafka = kafka;
        this.clock = clock;
        this.ingested = Counter.builder("comments.ingested")
                .description("Comments accepted by the ingest API (their event is in the log)").register(meters);
        this.unavailable = Counter.builder("comments.ingest.unavailable")
                .description("Comments refused with 503 because the broker did not take them").register(meters);
    }

    /** @return the new comment's id */
    String submit(SubmitCommentRequest request) {
        ArticleDocument article = articles.findRecent(request.articleId()).orElseThrow(
                () -> new FieldRejectedException("articleId", "does not refer to a registered article"));
        if (request.parentId() != null) {
            checkParent(request.parentId(), article.id());
        }

        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Person author = new Person(request.author().name(), request.author().email());
        CommentSubmitted submitted = new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, now), id, article.toRef(),
                request.parentId(), author, request.body(), request.wantsReplyNotifications(),
                article.isTherapist(author.email()), now);
        // Remembered before the record can reach the recorder, so that its forgetting always comes after this.
        recentlyAccepted.add(submitted);
        append(submitted);
        ingested.increment();
        log.debug("Accepted comment {} on article {}", id, article.id());
        return id;
    }

    private void append(CommentSubmitted submitted) {
        try {
            kafka.send(Topics.COMMENT_SUBMITTED, submitted.commentId(), submitted)
                    .get(SEND_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(submitted, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw refused(submitted, e);
        }
    }

    private IngestUnavailableException refused(CommentSubmitted submitted, Exception cause) {
        recentlyAccepted.forget(submitted.commentId());
        unavailable.increment();
        Throwable reason = cause instanceof ExecutionException && cause.getCause() != null ? cause.getCause() : cause;
        log.warn("Comment on article {} not accepted: the broker did not take it ({})", submitted.article().id(),
                reason.toString());
        return new IngestUnavailableException(reason);
    }

    /**
     * A reply must answer a comment on the same article; a rejected comment cannot be answered (its text is gone
     * from every view). Held and pending ones can: their author may be answered once a moderator publishes them.
     */
    void checkParent(String parentId, String articleId) {
        Optional<CommentStore.Summary> parent = recentlyAccepted.lookUp(parentId, comments::findSummary,
                accepted -> new CommentStore.Summary(accepted.commentId(), accepted.article().id(),
                        CommentStatus.PENDING, 0));
        CommentStore.Summary found = parent.filter(candidate -> articleId.equals(candidate.articleId()))
                .orElseThrow(() -> new FieldRejectedException("parentId",
                        "does not refer to a comment on this article"));
        if (found.status() == CommentStatus.REJECTED) {
            throw new FieldRejectedException("parentId", "refers to a rejected comment, which cannot be replied to");
        }
    }
}
