package io.commentmod.kit.outbox;

/**
 * Declares a MongoDB collection whose documents carry an {@link OutboxEntry#FIELD} array; the relay sweeps each
 * declared collection. A service registers one bean per such collection.
 */
public record OutboxCollection(String name) {
}
