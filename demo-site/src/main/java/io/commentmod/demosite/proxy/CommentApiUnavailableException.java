package io.commentmod.demosite.proxy;

/** comment-service could not be reached or answered in a way the site cannot use; the reader can only retry. */
public class CommentApiUnavailableException extends RuntimeException {

    public CommentApiUnavailableException(String message) {
        super(message);
    }

    public CommentApiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
