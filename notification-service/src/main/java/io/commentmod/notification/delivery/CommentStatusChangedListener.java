package io.commentmod.notification.delivery;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Topics;

/**
 * Consumes status changes; the offset is committed after this returns. A thrown exception goes to the kit's error
 * handler: bounded retries, then {@code comment-status-changed-dlt}.
 */
@Component
class CommentStatusChangedListener {

    private final Notifier notifier;

    CommentStatusChangedListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.COMMENT_STATUS_CHANGED, groupId = "notification-service")
    void on(CommentStatusChanged event) {
        // A newer schema may mean fields this code would misread; the dead-letter topic keeps it for a later replay.
        if (event.meta().version() > CommentStatusChanged.VERSION) {
            throw new IllegalStateException("Unsupported " + CommentStatusChanged.TYPE + " version "
                    + event.meta().version() + " (event " + event.meta().id() + ")");
        }
        notifier.handle(event);
    }
}
