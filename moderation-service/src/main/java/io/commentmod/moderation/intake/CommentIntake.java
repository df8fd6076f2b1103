package io.commentmod.moderation.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Reason;
import io.commentmod.contracts.Topics;
import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationEngine;
import io.commentmod.engine.Signal;
import io.commentmod.engine.Verdict;
import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.kit.outbox.OutboxRelay;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.QueueName;
import io.commentmod.moderation.cases.VerdictMetrics;
import io.commentmod.moderation.rules.ActiveEngine;

/**
 * Gives every submitted comment exactly one automatic verdict, decided by the engine of the active settings version
 * and the live model, on the comment in its context (author history, repeats of the text, the parent), all counted
 * from the cases every instance stores. The case and its {@code CommentModerated} event are
 * written in one insert keyed by the comment id: a redelivered event, a copy with a new event id, or the same event
 * on a second instance finds the case (or loses the insert race) and changes nothing.
 */
@Component
class CommentIntake {

    private static final Logger log = LoggerFactory.getLogger(CommentIntake.class);

    static final int AUTOMATIC_REVISION = 1;

    private final Cases cases;
    private final ActiveEngine engines;
    private final CaseHistory history;
    private final AuthorActivity activity;
    private final OutboxRelay outboxRelay;
    private final VerdictMetrics metrics;
    private final Clock clock;

    CommentIntake(Cases cases, ActiveEngine engines, CaseHistory history, AuthorActivity activity,
            OutboxRelay outboxRelay, VerdictMetrics metrics, Clock clock) {
        this.cases = cases;
        this.activity = activity;
        this.engines = engines;
        this.history = history;
        this.outboxRelay = outboxRelay;
        this.metrics = metrics;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.COMMENT_SUBMITTED, groupId = "moderation-service")
    void onCommentSubmitted(CommentSubmitted submitted) {
        String commentId = submitted.commentId();
        // No look-up first: redeliveries are rare, and the insert below is what guarantees one verdict anyway.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ModerationEngine engine = engines.current();
        CommentToModerate comment = toModerate(submitted);
        Keys keys = new Keys(AuthorKeys.authorKey(comment.authorEmail()), AuthorKeys.textKey(comment.body()),
                submitted.submittedAt() != null ? submitted.submittedAt().truncatedTo(ChronoUnit.MILLIS) : now);
        ModerationContext context = history.contextOf(comment, keys.authorKey(), keys.textKey(), keys.postedAt(),
                engine.settings()).withArticleUrl(submitted.article() == null ? null : submitted.article().url());
        Verdict verdict = engine.evaluate(context);
        OutboxEntry entry = OutboxEntry.of(verdictEvent(submitted, verdict, now));
        ModerationCase moderationCase = newCase(submitted, verdict, entry, keys, now);
        if (!cases.insertIfAbsent(moderationCase)) {
            log.debug("Comment {} was moderated concurrently; ignoring event {}", commentId, submitted.meta().id());
            return;
        }
        metrics.record(verdict.decision(), Actor.Kind.AUTOMATIC);
        log.info("Comment {} moderated automatically: {} {} {} (rules {}, model {})", commentId, verdict.decision(),
                verdict.priority(), verdict.ruleIds(), verdict.rulesVersion(), verdict.modelVersion());
        outboxRelay.publish(ModerationCase.COLLECTION, commentId, moderationCase.outbox());
        try {
            activity.recordNewComment(keys.authorKey(), keys.textKey(), keys.postedAt(), moderationCase.status());
        } catch (RuntimeException e) {
            // The verdict stands and is on its way; only the next comments' history counts miss this one.
            log.warn("Could not record the activity of comment {}: {}", commentId, e.getMessage());
        }
    }

    private static CommentToModerate toModerate(CommentSubmitted submitted) {
        Person author = submitted.author();
        return new CommentToModerate(submitted.commentId(), articleId(submitted), submitted.parentId(),
                author == null ? null : author.name(), author == null ? null : author.email(), submitted.body(),
                submitted.byArticleTherapist());
    }

    private CommentModerated verdictEvent(CommentSubmitted submitted, Verdict verdict, Instant now) {
        String commentId = submitted.commentId();
        // Derived id: two instances racing on the same comment would build the very same event.
        EventMeta meta = EventMeta.derived(CommentModerated.TYPE, CommentModerated.VERSION, commentId, now,
                CommentModerated.TYPE + "/" + commentId + "/" + AUTOMATIC_REVISION);
        List<Reason> reasons = verdict.signals().stream()
                .map(s -> new Reason(s.ruleId(), s.category().name(), s.score(), s.evidence(), s.explanation()))
                .toList();
        return new CommentModerated(meta, commentId, articleId(submitted), verdict.decision(), verdict.priority(),
                reasons, Actor.automatic(verdict.rulesVersion()), null, AUTOMATIC_REVISION, verdict.rulesVersion(),
                verdict.modelVersion(), now);
    }

    /** What the case stores to count history by; see {@link ModerationCase}. */
    private record Keys(String authorKey, String textKey, Instant postedAt) {
    }

    private ModerationCase newCase(CommentSubmitted submitted, Verdict verdict, OutboxEntry entry, Keys keys,
            Instant now) {
        ArticleRef article = submitted.article();
        ModerationCase.CommentSnapshot comment = new ModerationCase.CommentSnapshot(submitted.commentId(),
                articleId(submitted), article == null ? null : article.title(), submitted.parentId(),
                submitted.author(), submitted.body(), submitted.byArticleTherapist(), submitted.submittedAt());
        CommentStatus status = verdict.decision().resultingStatus();
        boolean held = verdict.decision() == Decision.HOLD;
        List<ModerationCase.RuleHit> hits = verdict.signals().stream().map(CommentIntake::hit).toList();
        ModerationCase.HistoryEntry decided = new ModerationCase.HistoryEntry(AUTOMATIC_REVISION, verdict.decision(),
                status, Actor.automatic(verdict.rulesVersion()), null, verdict.ruleIds(), now, null,
                verdict.rulesVersion(), verdict.modelVersion());
        return new ModerationCase(submitted.commentId(), comment, status, verdict.priority(),
                verdict.priority().ordinal(), held ? QueueName.HELD : null, held ? now : null, verdict.rulesVersion(),
                hits, AUTOMATIC_REVISION, List.of(), 0, List.of(decided), now, null, List.of(entry), keys.authorKey(),
                keys.textKey(), keys.postedAt(), verdict.modelVersion(), verdict.queueReason(), verdict.alert(),
                verdict.tags());
    }

    private static ModerationCase.RuleHit hit(Signal s) {
        return new ModerationCase.RuleHit(s.ruleId(), s.category().name(), s.score(), s.priority(), s.evidence(),
                s.explanation());
    }

    private static String articleId(CommentSubmitted submitted) {
        return submitted.article() == null ? null : submitted.article().id();
    }
}
