package io.commentmod.kit.kafka;

/**
 * Thrown by a listener for a record that refers to something this service is about to have (the record it depends
 * on is in another topic and not processed yet). The kit's error handler retries such a record every half second
 * for up to {@code commentmod.kafka.not-ready-patience} instead of dead-lettering it after a few attempts.
 */
public class NotReadyYetException extends RuntimeException {

    public NotReadyYetException(String message) {
        super(message);
    }
}
