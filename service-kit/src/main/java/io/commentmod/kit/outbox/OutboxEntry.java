package io.commentmod.kit.outbox;

import java.time.Instant;

import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;

/**
 * An event waiting to be published, stored inside the document whose change caused it. Writing the change and the
 * entry in one document update is atomic on every MongoDB server, so a state change is never stored without its
 * event, nor an event published without its state change (no dual write, no multi-document transaction).
 */
public record OutboxEntry(String eventId, String topic, String key, DomainEvent event, Instant createdAt) {

    /** The array field every outbox-carrying document uses. */
    public static final String FIELD = "outbox";

    public static OutboxEntry of(DomainEvent event) {
        return new OutboxEntry(event.meta().id(), Topics.topicOf(event), event.meta().key(), event,
                event.meta().time());
    }
}
