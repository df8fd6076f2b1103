package io.commentmod.moderation.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.commentmod.engine.ModerationEngine;
import io.commentmod.engine.Signal;
import io.commentmod.engine.Verdict;
import io.commentmod.kit.kafka.PollOfRecords;
import io.commentmod.kit.kafka.RecordTraces;
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
 * <p>
 * Comments are taken a poll at a time: the history of the whole poll is read in a few queries, the cases are stored
 * in one bulk insert and counted in one bulk write, so MongoDB round trips do not grow with the number of comments.
 * When something in a poll fails, its comments are taken one at a time ({@link PollOfRecords}), so the error handler
 * retries (and in the end dead-letters) the very comment that fails, after committing the ones before it.
 */
@Component
class CommentIntake {

    private static final Logger log = LoggerFactory.getLogger(CommentIntake.class);
    private static final String LISTENER_ID = "moderation-intake";

    static final int AUTOMATIC_REVISION = 1;

    private final Cases cases;
    private final ActiveEngine engines;
    private final CaseHistory history;
    private final AuthorActivity activity;
    private final OutboxRelay outboxRelay;
    private final VerdictMetrics metrics;
    private final RecordTraces traces;
    private final Clock clock;

    CommentIntake(Cases cases, ActiveEngine engines, CaseHistory history, AuthorActivity activity,
            OutboxRelay outboxRelay, VerdictMetrics metrics, RecordTraces traces, Clock clock) {
        this.cases = cases;
        this.activity = activity;
        this.engines = engines;
        this.history = history;
        this.outboxRelay = outboxRelay;
        this.metrics = metrics;
        this.traces = traces;
        this.clock = clock;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.COMMENT_SUBMITTED, groupId = "moderation-service",
            batch = "true")
    void onCommentsSubmitted(List<ConsumerRecord<String, CommentSubmitted>> records) {
        // Each comment's verdict is sent in its record's trace (see RecordTraces).
        PollOfRecords.handle(records, together -> {
            moderateTogether(together);
            return true;
        }, alone -> moderateTogether(List.of(alone)));
    }

    private void moderateTogether(List<ConsumerRecord<String, CommentSubmitted>> records) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // No look-up per comment: one read finds the redelivered ones, and the insert guarantees one verdict anyway.
        Set<String> done = cases.existing(records.stream().map(r -> r.value().commentId()).toList());
        Map<String, ConsumerRecord<String, CommentSubmitted>> recordOf = new LinkedHashMap<>();
        List<CaseHistory.Submission> submissions = new ArrayList<>();
        for (ConsumerRecord<String, CommentSubmitted> record : records) {
            CommentSubmitted submitted = record.value();
            if (done.contains(submitted.commentId()) || recordOf.putIfAbsent(submitted.commentId(), record) != null) {
                log.debug("Comment {} already has a case; ignoring event {}", submitted.commentId(),
                        submitted.meta().id());
                continue;
            }
            CommentToModerate comment = toModerate(submitted);
            submissions.add(new CaseHistory.Submission(comment, AuthorKeys.authorKey(comment.authorEmail()),
                    AuthorKeys.textKey(comment.body()), submitted.submittedAt() != null
                            ? submitted.submittedAt().truncatedTo(ChronoUnit.MILLIS) : now));
        }
        if (submissions.isEmpty()) {
            return;
        }
        ModerationEngine engine = engines.current();
        CaseHistory.Batch batch = history.of(submissions);
        List<ModerationCase> decided = new ArrayList<>();
        Map<String, Verdict> verdicts = new HashMap<>();
        for (CaseHistory.Submission submission : submissions) {
            CommentSubmitted submitted = recordOf.get(submission.comment().id()).value();
            Verdict verdict = engine.evaluate(batch.contextOf(submission, engine.settings())
                    .withArticleUrl(submitted.article() == null ? null : submitted.article().url()));
            ModerationCase moderationCase = newCase(submitted, verdict,
                    OutboxEntry.of(verdictEvent(submitted, verdict, now)), submission, now);
            batch.decided(submission, moderationCase.status());
            decided.add(moderationCase);
            verdicts.put(submitted.commentId(), verdict);
        }
        List<ModerationCase> stored = cases.insertAllIfAbsent(decided);
        for (ModerationCase moderationCase : stored) {
            String commentId = moderationCase.commentId();
            Verdict verdict = verdicts.get(commentId);
            metrics.record(verdict.decision(), Actor.Kind.AUTOMATIC);
            traces.inTraceOf(recordOf.get(commentId), LISTENER_ID, () -> {
                log.info("Comment {} moderated automatically: {} {} {} (rules {}, model {})", commentId,
                        verdict.decision(), verdict.priority(), verdict.ruleIds(), verdict.rulesVersion(),
                        verdict.modelVersion());
                outboxRelay.publish(ModerationCase.COLLECTION, commentId, moderationCase.outbox());
            });
        }
        if (stored.size() < decided.size()) {
            log.debug("{} of {} comments were moderated concurrently", decided.size() - stored.size(), decided.size());
        }
        try {
            activity.recordNewComments(stored.stream().map(c -> new AuthorActivity.NewComment(c.authorKey(),
                    c.textKey(), c.postedAt(), c.status())).toList());
        } catch (RuntimeException e) {
            // The verdicts stand and are on their way; only the next comments' history counts miss these.
            log.warn("Could not record the activity of {} comments: {}", stored.size(), e.getMessage());
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

    private ModerationCase newCase(CommentSubmitted submitted, Verdict verdict, OutboxEntry entry,
            CaseHistory.Submission keys, Instant now) {
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
