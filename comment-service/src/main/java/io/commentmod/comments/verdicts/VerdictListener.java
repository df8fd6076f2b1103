package io.commentmod.comments.verdicts;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Topics;

/**
 * Consumes verdicts. Records are keyed by comment id, so one comment's verdicts arrive in order on one partition;
 * applying is idempotent, so redelivery after a crash or rebalance is harmless. Failures are retried and then
 * dead-lettered by the kit's error handler.
 */
@Component
class VerdictListener {

    private final VerdictApplier applier;

    VerdictListener(VerdictApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(topics = Topics.COMMENT_MODERATED, groupId = "comment-service")
    void on(CommentModerated verdict) {
        applier.apply(verdict);
    }
}
