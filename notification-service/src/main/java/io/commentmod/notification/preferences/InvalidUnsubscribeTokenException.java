package io.commentmod.notification.preferences;

/** The link was altered, signed with another secret, malformed or expired; the reason is for logs, not for users. */
public class InvalidUnsubscribeTokenException extends RuntimeException {

    public InvalidUnsubscribeTokenException(String reason) {
        super(reason);
    }
}
