package io.commentmod.localstack;

/** A failure the person running the stack can act on; the message says what to do and is printed as is. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
