package io.commentmod.contracts;

public enum CommentStatus {
    PENDING, PUBLISHED, HELD, REJECTED
}
