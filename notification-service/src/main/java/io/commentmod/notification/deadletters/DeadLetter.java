package io.commentmod.notification.deadletters;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event notification-service gave up on, as it was found on its dead-letter topic.
 *
 * @param id               {@code <dlt topic>-<partition>-<offset>}: reading the same record twice stores it once
 * @param eventType        the logical type header ({@code CommentStatusChanged}), or null when there was none
 * @param payload          the record's value as UTF-8 text; null when it was not valid UTF-8
 * @param payloadBase64    the value as base64 when it was not text
 * @param exceptionClass   why it was dead-lettered (from the dead-letter headers)
 * @param attempts         how often it was tried before it was given up on (1: never retried)
 * @param replayAttempts   how often an admin replayed it
 */
@Document(DeadLetters.COLLECTION)
public record DeadLetter(
        @Id String id,
        String dltTopic,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        String key,
        String eventType,
        String payload,
        String payloadBase64,
        String exceptionClass,
        Integer attempts,
        String exceptionMessage,
        Instant deadLetteredAt,
        Status status,
        int replayAttempts,
        Instant replayedAt,
        String replayedBy,
        String lastReplayError) {

    public enum Status {
        /** Waiting for an admin. */
        NEW,
        /** Replayed and handled without error. */
        REPLAYED
    }
}
