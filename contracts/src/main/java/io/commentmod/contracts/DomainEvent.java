package io.commentmod.contracts;

/** An immutable fact one service tells the others. The record key on its topic is {@code meta().key()}. */
public sealed interface DomainEvent permits CommentSubmitted, CommentModerated, CommentReported, CommentStatusChanged {

    EventMeta meta();
}
