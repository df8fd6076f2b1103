package io.commentmod.moderation.decisions;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.contracts.Actor;
import io.commentmod.kit.outbox.OutboxRelay;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.cases.CaseView;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;
import io.commentmod.moderation.cases.NextRevision;
import io.commentmod.moderation.cases.VerdictMetrics;

/**
 * Records a moderator's decision. The new status, the audit entry and the {@code CommentModerated} event are one
 * update conditional on the revision the decision was made against, so two moderators deciding at once cannot both
 * win: the second gets 409 and sees the first one's decision when they reload.
 */
@Component
public class ModeratorDecisions {

    private static final Logger log = LoggerFactory.getLogger(ModeratorDecisions.class);

    private final Cases cases;
    private final AuthorActivity activity;
    private final MongoTemplate mongo;
    private final OutboxRelay outboxRelay;
    private final VerdictMetrics metrics;
    private final Clock clock;

    ModeratorDecisions(Cases cases, MongoTemplate mongo, OutboxRelay outboxRelay, VerdictMetrics metrics,
            AuthorActivity activity, Clock clock) {
        this.cases = cases;
        this.activity = activity;
        this.mongo = mongo;
        this.outboxRelay = outboxRelay;
        this.metrics = metrics;
        this.clock = clock;
    }

    public CaseView decide(String commentId, DecisionRequest request, String moderator) {
        ModerationCase current = cases.get(commentId);
        int expected = request.expectedRevision() == null ? current.revision() : request.expectedRevision();
        return CaseView.of(apply(current, expected, request, moderator));
    }

    /** Decides every case of the selection on its own; one that changed meanwhile is a conflict, not an error. */
    public BulkDecisionResult decideAll(List<String> commentIds, DecisionRequest request, String moderator) {
        List<BulkDecisionResult.Item> results = new ArrayList<>(commentIds.size());
        for (String commentId : new LinkedHashSet<>(commentIds)) {
            results.add(decideOne(commentId, request, moderator));
        }
        return new BulkDecisionResult(results);
    }

    /** Every case of the author whose status the decision would change, oldest first. */
    public BulkDecisionResult decideAllOfAuthor(String authorEmail, DecisionRequest request, String moderator) {
        Query ofAuthor = query(
                where(Fields.AUTHOR_KEY).is(io.commentmod.moderation.authors.AuthorKeys.authorKey(authorEmail))
                        .and(Fields.STATUS).ne(request.decision().resultingStatus().name()))
                .with(Sort.by(Fields.POSTED_AT, Fields.ID)).limit(MAX_BY_AUTHOR);
        ofAuthor.fields().include(Fields.ID);
        List<String> ids = mongo.find(ofAuthor, Document.class, ModerationCase.COLLECTION).stream()
                .map(d -> d.getString(Fields.ID)).toList();
        return decideAll(ids, request, moderator);
    }

    /** A bound on one request's work; a prolific spammer's rest is rejected by a second call, or by blocking. */
    static final int MAX_BY_AUTHOR = 1000;

    private BulkDecisionResult.Item decideOne(String commentId, DecisionRequest request, String moderator) {
        ModerationCase current = cases.find(commentId).orElse(null);
        if (current == null) {
            return new BulkDecisionResult.Item(commentId, BulkDecisionResult.Outcome.NOT_FOUND, null, 0);
        }
        try {
            ModerationCase decided = apply(current, current.revision(), request, moderator);
            return new BulkDecisionResult.Item(commentId, BulkDecisionResult.Outcome.DECIDED, decided.status(),
                    decided.revision());
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.CONFLICT) {
                throw e;
            }
            ModerationCase now = cases.find(commentId).orElse(current);
            return new BulkDecisionResult.Item(commentId, BulkDecisionResult.Outcome.CONFLICT, now.status(),
                    now.revision());
        }
    }

    /** Applies the decision if the case is still at {@code expectedRevision}; otherwise 409. */
    ModerationCase apply(ModerationCase current, int expectedRevision, DecisionRequest request, String moderator) {
        String commentId = current.commentId();
        if (current.revision() != expectedRevision) {
            throw conflict(commentId, expectedRevision);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ModeratorDecision decision = request.decision();
        NextRevision next = NextRevision.of(current, decision.decision(), Actor.moderator(moderator),
                decision.reasonCode(), "MODERATOR", request.explanation(), categoryOf(request, current).name(), now);
        Update update = next.update()
                .set(Fields.REVIEWED_AT, now)
                .unset(Fields.QUEUE)
                .unset(Fields.SINCE);
        ModerationCase updated = mongo.findAndModify(
                query(where(Fields.ID).is(commentId).and(Fields.REVISION).is(expectedRevision)), update,
                FindAndModifyOptions.options().returnNew(true), ModerationCase.class);
        if (updated == null) {
            throw cases.exists(commentId) ? conflict(commentId, expectedRevision) : Cases.notFound(commentId);
        }
        activity.recordStatusChange(current.authorKey(), current.status(), updated.status());
        metrics.record(decision.decision(), Actor.Kind.MODERATOR);
        log.info("Comment {} decided by moderator {}: {} (revision {})", commentId, moderator, decision,
                next.revision());
        outboxRelay.publish(ModerationCase.COLLECTION, commentId, List.of(next.entry()));
        return updated;
    }

    /**
     * The moderator's category, else, for a rejection, the category with the highest total score among the automatic
     * signals (what the engine thought was wrong, which the moderator confirms by rejecting); OTHER otherwise.
     */
    static DecisionCategory categoryOf(DecisionRequest request, ModerationCase current) {
        if (request.category() != null) {
            return request.category();
        }
        if (request.decision() != ModeratorDecision.REJECT) {
            return DecisionCategory.OTHER;
        }
        Map<String, Double> totals = new HashMap<>();
        for (ModerationCase.RuleHit hit : current.signals()) {
            if (hit.score() > 0 && hit.category() != null) {
                totals.merge(hit.category(), hit.score(), Double::sum);
            }
        }
        return totals.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> DecisionCategory.of(e.getKey()))
                .orElse(DecisionCategory.OTHER);
    }

    private static ResponseStatusException conflict(String commentId, int expectedRevision) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "The case of comment " + commentId
                + " changed since revision " + expectedRevision + "; reload it and decide again.");
    }
}
