package io.commentmod.comments.ingest;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes accepted comments into the store from their topic, a poll's worth at a time in one insert. Records arrive
 * again after a crash or rebalance; a comment already stored is left as it is (it may have its verdict by then).
 * A failed write is retried until it succeeds ({@link RecorderListenerConfiguration}): with MongoDB down, comments
 * are still accepted and wait in the log.
 */
@Component
class AcceptedCommentRecorder {

    private static final Logger log = LoggerFactory.getLogger(AcceptedCommentRecorder.class);

    private final CommentStore comments;
    private final RecentlyAccepted recentlyAccepted;
    private final Counter stored;

    AcceptedCommentRecorder(CommentStore comments, RecentlyAccepted recentlyAccepted, MeterRegistry meters) {
        this.comments = comments;
        this.recentlyAccepted = recentlyAccepted;
        this.stored = Counter.builder("comments.stored")
                .description("Accepted comments written to the store from the comment-submitted topic")
                .register(meters);
    }

    @KafkaListener(topics = Topics.COMMENT_SUBMITTED, groupId = "comment-service",
            containerFactory = RecorderListenerConfiguration.FACTORY)
    void on(List<ConsumerRecord<String, Object>> records) {
        List<CommentDocument> documents = new ArrayList<>(records.size());
        for (ConsumerRecord<String, Object> record : records) {
            if (record.value() instanceof CommentSubmitted submitted) {
                documents.add(CommentDocument.accepted(submitted));
            } else {
                // unreadable: moderation-service dead-letters the same record for an operator; nothing to store
                log.error("Unreadable record {}-{}@{} on {} skipped", record.topic(), record.partition(),
                        record.offset(), Topics.COMMENT_SUBMITTED);
            }
        }
        int inserted = comments.insertNew(documents);
        documents.forEach(document -> recentlyAccepted.forget(document.id()));
        stored.increment(inserted);
        log.info("Stored {} accepted comment{}{}", inserted, inserted == 1 ? "" : "s",
                inserted < documents.size() ? " (" + (documents.size() - inserted) + " were stored before)" : "");
    }
}
