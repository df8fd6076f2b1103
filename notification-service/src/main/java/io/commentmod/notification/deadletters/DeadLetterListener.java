package io.commentmod.notification.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.Topics;
import io.commentmod.notification.delivery.NotificationMetrics;

/**
 * Copies every record of notification-service's dead-letter topics into {@code dead_letters}, byte for byte:
 * the value is read as bytes, so a record that was dead-lettered because it could not be read is kept too.
 */
@Component
class DeadLetterListener {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterListener.class);
    static final String GROUP = Topics.NOTIFICATION_GROUP + "-dead-letters";
    private static final String TYPE_HEADER = "__TypeId__";
    private static final int MESSAGE_MAX = 1000;

    private final DeadLetters deadLetters;
    private final NotificationMetrics metrics;

    DeadLetterListener(DeadLetters deadLetters, NotificationMetrics metrics) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @KafkaListener(topics = {Topics.COMMENT_STATUS_CHANGED_NOTIFICATION_DLT, Topics.COMMENT_MODERATED_NOTIFICATION_DLT},
            groupId = GROUP,
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void on(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        String text = utf8(value);
        String message = header(record, KafkaHeaders.EXCEPTION_MESSAGE);
        DeadLetter letter = new DeadLetter(
                record.topic() + "-" + record.partition() + "-" + record.offset(),
                record.topic(),
                header(record, KafkaHeaders.ORIGINAL_TOPIC),
                intHeader(record, KafkaHeaders.ORIGINAL_PARTITION),
                longHeader(record, KafkaHeaders.ORIGINAL_OFFSET),
                record.key(),
                header(record, TYPE_HEADER),
                text,
                text == null ? Base64.getEncoder().encodeToString(value) : null,
                header(record, KafkaHeaders.EXCEPTION_FQCN),
                attemptsMade(record),
                message != null && message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message,
                Instant.ofEpochMilli(record.timestamp()),
                DeadLetter.Status.NEW, 0, null, null, null);
        if (deadLetters.add(letter)) {
            metrics.deadLettered(letter.originalTopic() == null ? record.topic() : letter.originalTopic());
            log.warn("Dead letter {} (key {}, {}): {}", letter.id(), record.key(), letter.exceptionClass(),
                    letter.exceptionMessage());
        }
    }

    /** The retry header holds the number the next attempt would have had; null when it is missing. */
    private static Integer attemptsMade(ConsumerRecord<?, ?> record) {
        Integer next = intHeader(record, RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
        return next == null ? null : next - 1;
    }

    private static String utf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer intHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null || header.value().length != Integer.BYTES ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null || header.value().length != Long.BYTES ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }
}
