package io.commentmod.contracts;

/** What moderation decided; comment-service maps it to a {@link CommentStatus}. */
public enum Decision {
    PUBLISH, HOLD, REJECT;

    public CommentStatus resultingStatus() {
        return switch (this) {
            case PUBLISH -> CommentStatus.PUBLISHED;
            case HOLD -> CommentStatus.HELD;
            case REJECT -> CommentStatus.REJECTED;
        };
    }
}
