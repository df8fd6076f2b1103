package io.commentmod.notification.delivery;

/** An event this version cannot act on (a newer schema, missing identity). Never retried: it is dead-lettered at once. */
public class UnsupportedEventException extends RuntimeException {

    public UnsupportedEventException(String message) {
        super(message);
    }
}
