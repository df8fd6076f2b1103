package io.commentmod.comments.comment;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.kit.outbox.OutboxRelay;

/** Hands the event a comment update just stored to the relay, for immediate publication. */
@Component
public class CommentOutbox {

    private static final Logger log = LoggerFactory.getLogger(CommentOutbox.class);

    private final OutboxRelay relay;

    public CommentOutbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /**
     * Never fails: the entry is already durable in the document, so if the broker cannot take it now the sweep
     * publishes it later. Letting an exception escape here would turn an accepted write into an error response and
     * invite the client to submit the same comment twice.
     */
    public void publish(String commentId, OutboxEntry entry) {
        try {
            relay.publish(CommentDocument.COLLECTION, commentId, List.of(entry));
        } catch (RuntimeException e) {
            log.warn("Immediate publish of {} for comment {} failed; the outbox sweep will publish it: {}",
                    entry.topic(), commentId, e.getMessage());
        }
    }
}
