package io.commentmod.comments.verdicts;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import io.commentmod.comments.articles.ArticleDocument;
import io.commentmod.comments.articles.ArticleRegistry;
import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentDocument.Fields;
import io.commentmod.comments.comment.CommentOutbox;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.EventMeta;
import io.commentmod.kit.kafka.NotReadyYetException;
import io.commentmod.kit.outbox.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Applies moderation verdicts to comments. Each verdict is one conditional update of the comment: it matches only
 * while the comment's {@code moderationRevision} is below the verdict's, so a redelivered or out-of-date verdict
 * matches nothing and changes nothing. The update sets status and decision, appends the history entry and, when the
 * status actually changes, queues {@link CommentStatusChanged} in the same document.
 */
@Service
class VerdictApplier {

    private static final Logger log = LoggerFactory.getLogger(VerdictApplier.class);

    /** A miss caused by a concurrent change (not by a higher revision) is retried with a fresh read this often. */
    private static final int MAX_ATTEMPTS = 5;

    enum Outcome {
        APPLIED, STALE
    }

    private final CommentStore comments;
    private final ArticleRegistry articles;
    private final CommentOutbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    VerdictApplier(CommentStore comments, ArticleRegistry articles, CommentOutbox outbox, Clock clock,
            MeterRegistry meters) {
        this.comments = comments;
        this.articles = articles;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    Outcome apply(CommentModerated verdict) {
        checkWellFormed(verdict);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            CommentDocument comment = stored(verdict, comments.find(verdict.commentId()));
            if (isStale(comment, verdict)) {
                return Outcome.STALE;
            }
            Change change = change(comment, verdict, id -> comments.find(id).map(VerdictApplier::asParent));
            if (comments.updateIf(comment.id(), change.condition(), change.update())) {
                announce(change);
                return Outcome.APPLIED;
            }
            log.debug("Comment {} changed while verdict {} was applied; retrying", comment.id(), verdict.meta().id());
        }
        throw new IllegalStateException("Comment " + verdict.commentId() + " kept changing while verdict "
                + verdict.meta().id() + " was applied");
    }

    /**
     * Applies a poll of verdicts for distinct comments with one read of the comments (and one of the parents of
     * replies) and one bulk of conditional updates. Nothing is announced here: the caller {@link #announce}s each
     * change in its record's trace.
     *
     * @return the changes made, in the order of the verdicts; stale verdicts have none
     * @throws ConcurrentChangeException when a comment changed between the read and the update: some changes of
     *                                   this poll may be stored (their events then leave by the outbox sweep), and
     *                                   the caller applies the poll again one verdict at a time, which skips them
     */
    List<Change> applyTogether(List<CommentModerated> verdicts) {
        verdicts.forEach(VerdictApplier::checkWellFormed);
        Map<String, CommentDocument> found = comments.findAll(verdicts.stream().map(CommentModerated::commentId)
                .collect(Collectors.toSet()));
        Set<String> parentIds = found.values().stream().map(CommentDocument::parentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, CommentStatusChanged.ParentComment> parents = new HashMap<>();
        comments.findAll(parentIds).forEach((id, parent) -> parents.put(id, asParent(parent)));
        List<Change> changes = new ArrayList<>();
        for (CommentModerated verdict : verdicts) {
            CommentDocument comment = stored(verdict, Optional.ofNullable(found.get(verdict.commentId())));
            if (!isStale(comment, verdict)) {
                Change change = change(comment, verdict, id -> Optional.ofNullable(parents.get(id)));
                changes.add(change);
                // A reply later in this poll announces its parent as it is after this change.
                parents.computeIfPresent(comment.id(), (id, before) -> new CommentStatusChanged.ParentComment(id,
                        before.author(), before.notifyOnReply(), change.to()));
            }
        }
        int matched = comments.updateAllIf(changes.stream()
                .map(c -> new CommentStore.ConditionalUpdate(c.comment().id(), c.condition(), c.update())).toList());
        if (matched != changes.size()) {
            throw new ConcurrentChangeException(changes.size() - matched + " of " + changes.size()
                    + " comments changed while their verdicts were applied");
        }
        return changes;
    }

    /** A comment changed between reading it and updating it. */
    static final class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException(String message) {
            super(message);
        }
    }

    private static void checkWellFormed(CommentModerated verdict) {
        if (verdict.decision() == null || verdict.revision() < 1) {
            // A malformed event: fail so that the error handler dead-letters it for an operator to look at.
            throw new IllegalArgumentException("Verdict " + verdict.meta().id() + " has no decision or revision "
                    + verdict.revision());
        }
    }

    private static CommentDocument stored(CommentModerated verdict, Optional<CommentDocument> found) {
        // Moderation read the comment from the same log this service stores it from; the store is a moment behind
        // (or MongoDB was away), so the verdict waits for it rather than being dropped.
        return found.orElseThrow(() -> new NotReadyYetException("Verdict " + verdict.meta().id() + " is for comment "
                + verdict.commentId() + ", which is not stored yet"));
    }

    private boolean isStale(CommentDocument comment, CommentModerated verdict) {
        if (comment.moderationRevision() < verdict.revision()) {
            return false;
        }
        log.info("Verdict revision {} for comment {} is not newer than the applied revision {}; ignored",
                verdict.revision(), comment.id(), comment.moderationRevision());
        skipped("stale");
        return true;
    }

    /** Instances' clocks may differ by a little; a negative time is recorded as zero rather than dropped. */
    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** What applying a verdict to a comment writes, and under which condition. */
    record Change(CommentModerated verdict, CommentDocument comment, CommentStatus to, Criteria condition,
            Update update, OutboxEntry entry, Instant at) {
    }

    private Change change(CommentDocument comment, CommentModerated verdict,
            Function<String, Optional<CommentStatusChanged.ParentComment>> parents) {
        CommentStatus from = comment.status();
        CommentStatus to = verdict.decision().resultingStatus();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        Update update = new Update()
                .set(Fields.STATUS, to)
                .set(Fields.MODERATION_REVISION, verdict.revision())
                .set(Fields.MODERATION, new CommentDocument.Moderation(verdict.decision(), verdict.priority(),
                        verdict.reasons(), verdict.decidedBy(), verdict.note(), verdict.rulesVersion(),
                        verdict.modelVersion(), verdict.decidedAt()))
                .push(Fields.HISTORY, new CommentDocument.HistoryEntry(from, to, verdict.decidedBy(), now,
                        historyReason(verdict), verdict.revision()));
        OutboxEntry entry = null;
        if (from != to) {
            if (to == CommentStatus.PUBLISHED) {
                update.set(Fields.PUBLISHED_AT, now);
            }
            entry = OutboxEntry.of(statusChanged(comment, verdict, from, to, now, parents));
            update.push(Fields.OUTBOX, entry);
        }
        // The revision condition makes redeliveries no-ops; the status condition makes "from" exact even if two
        // instances briefly handle verdicts of the same comment during a consumer-group rebalance.
        return new Change(verdict, comment, to, where(Fields.MODERATION_REVISION).lt(verdict.revision())
                .and(Fields.STATUS).is(from), update, entry, now);
    }

    /** Counts and logs a stored change and hands its event to the relay. */
    void announce(Change change) {
        CommentDocument comment = change.comment();
        CommentModerated verdict = change.verdict();
        CommentStatus to = change.to();
        Counter.builder("comments.status.applied").description("Verdicts applied to comments, by resulting status")
                .tag("status", to.name()).register(meters).increment();
        if (verdict.revision() == 1 && comment.submittedAt() != null) {
            // The pipeline's end-to-end latency: from the 202 to the automatic verdict being applied here.
            Timer.builder("comments.verdict.latency")
                    .description("From a comment's acceptance to its automatic verdict being applied")
                    .tag("status", to.name()).publishPercentileHistogram().register(meters)
                    .record(nonNegative(Duration.between(comment.submittedAt(), change.at())));
        }
        log.info("Comment {}: {} -> {} by {} (revision {})", comment.id(), comment.status(), to, verdict.decidedBy(),
                verdict.revision());
        if (change.entry() != null) {
            outbox.publish(comment.id(), change.entry());
        }
    }

    /**
     * Everything notification-service needs, so it never has to ask this service: the article and its therapist,
     * the author, the text, and the parent's author with their reply preference.
     */
    private CommentStatusChanged statusChanged(CommentDocument comment, CommentModerated verdict, CommentStatus from,
            CommentStatus to, Instant now, Function<String, Optional<CommentStatusChanged.ParentComment>> parents) {
        ArticleRef article = articles.findRecent(comment.articleId()).map(ArticleDocument::toRef).orElseGet(() -> {
            log.warn("Comment {} is on unknown article {}", comment.id(), comment.articleId());
            return new ArticleRef(comment.articleId(), null, null, null);
        });
        CommentStatusChanged.ParentComment parent = comment.parentId() == null ? null
                : parents.apply(comment.parentId()).orElse(null);
        // Derived from comment and revision: should the same transition ever be queued twice, consumers that
        // deduplicate on the event id see one event.
        EventMeta meta = EventMeta.derived(CommentStatusChanged.TYPE, CommentStatusChanged.VERSION, comment.id(), now,
                CommentStatusChanged.TYPE + ":" + comment.id() + ":" + verdict.revision());
        return new CommentStatusChanged(meta, comment.id(), article, comment.author(), comment.body(),
                comment.byArticleTherapist(), parent, from, to, verdict.decidedBy(), verdict.revision(), now);
    }

    private static CommentStatusChanged.ParentComment asParent(CommentDocument parent) {
        return new CommentStatusChanged.ParentComment(parent.id(), parent.author(), parent.notifyOnReply(),
                parent.status());
    }

    private static String historyReason(CommentModerated verdict) {
        if (verdict.note() != null && !verdict.note().isBlank()) {
            return verdict.note().strip();
        }
        if (verdict.reasons().isEmpty()) {
            return "No rule fired";
        }
        return verdict.reasons().stream().map(reason -> reason.code()).distinct().collect(Collectors.joining(", "));
    }

    private void skipped(String why) {
        Counter.builder("comments.verdicts.skipped").description("Verdicts that changed nothing, by cause")
                .tag("cause", why).register(meters).increment();
    }
}
