package io.commentmod.notification.delivery;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Topics;

/**
 * The events notification-service acts on. The offset is committed after a method returns. A thrown exception
 * moves the event to this group's retry topics (see {@link RetryTopicsConfig}); nothing waits on the main topic.
 */
@Component
public class EventIntake {

    public static final String GROUP = Topics.NOTIFICATION_GROUP;

    private final Notifier notifier;

    EventIntake(Notifier notifier) {
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.COMMENT_STATUS_CHANGED, groupId = GROUP)
    void onStatusChanged(CommentStatusChanged event) {
        check(event.meta(), event.commentId(), CommentStatusChanged.VERSION);
        notifier.handle(event);
    }

    @KafkaListener(topics = Topics.COMMENT_MODERATED, groupId = GROUP)
    void onModerated(CommentModerated event) {
        check(event.meta(), event.commentId(), CommentModerated.VERSION);
        notifier.handle(event);
    }

    /** The same handling for an event an admin replays from the dead letters. */
    public void handle(DomainEvent event) {
        if (event instanceof CommentStatusChanged changed) {
            onStatusChanged(changed);
        } else if (event instanceof CommentModerated moderated) {
            onModerated(moderated);
        } else {
            throw new UnsupportedEventException(
                    "notification-service does not handle " + event.getClass().getSimpleName());
        }
    }

    /** A newer schema may have fields this code would misread; the dead-letter topic keeps it for a later replay. */
    private static void check(EventMeta meta, String commentId, int supportedVersion) {
        if (meta == null || commentId == null || commentId.isBlank()) {
            throw new UnsupportedEventException("Event without envelope or comment id");
        }
        if (meta.version() > supportedVersion) {
            throw new UnsupportedEventException("Unsupported " + meta.type() + " version " + meta.version()
                    + " (event " + meta.id() + ")");
        }
    }
}
