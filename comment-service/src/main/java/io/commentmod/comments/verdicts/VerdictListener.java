package io.commentmod.comments.verdicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.kafka.PollOfRecords;
import io.commentmod.kit.kafka.RecordTraces;

/**
 * Consumes verdicts a poll at a time. Records are keyed by comment id, so one comment's verdicts arrive in order on
 * one partition; applying is idempotent, so redelivery after a crash or rebalance is harmless.
 * <p>
 * A poll of verdicts for distinct comments is applied together (one read, one bulk write). When that fails, or
 * when one comment has several verdicts in the poll, they are applied one at a time ({@link PollOfRecords}), and a
 * verdict that fails is reported by its record: the error handler commits the ones before it, retries it (waiting
 * for its comment to be stored, see {@link io.commentmod.kit.kafka.NotReadyYetException}) and in the end
 * dead-letters it.
 */
@Component
class VerdictListener {

    static final String LISTENER_ID = "comment-verdicts";

    private final VerdictApplier applier;
    private final RecordTraces traces;

    VerdictListener(VerdictApplier applier, RecordTraces traces) {
        this.applier = applier;
        this.traces = traces;
    }

    @KafkaListener(id = LISTENER_ID, topics = Topics.COMMENT_MODERATED, groupId = "comment-service",
            batch = "true")
    void on(List<ConsumerRecord<String, CommentModerated>> records) {
        PollOfRecords.handle(records, this::applyTogether,
                alone -> traces.inTraceOf(alone, LISTENER_ID, () -> applier.apply(alone.value())));
    }

    /** False when a comment has several verdicts in the poll: those must see each other's result, one at a time. */
    private boolean applyTogether(List<ConsumerRecord<String, CommentModerated>> records) {
        Map<String, ConsumerRecord<String, CommentModerated>> byComment = new HashMap<>();
        for (ConsumerRecord<String, CommentModerated> record : records) {
            if (byComment.putIfAbsent(record.value().commentId(), record) != null) {
                return false;
            }
        }
        List<VerdictApplier.Change> changes = applier.applyTogether(records.stream().map(r -> r.value()).toList());
        for (VerdictApplier.Change change : changes) {
            traces.inTraceOf(byComment.get(change.verdict().commentId()), LISTENER_ID, () -> applier.announce(change));
        }
        return true;
    }
}
