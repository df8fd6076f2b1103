package io.commentmod.moderation.queue;

/**
 * How many cases wait.
 *
 * @param pending  held by the rules
 * @param reported published and reported by readers
 * @param urgent   of those, URGENT (someone may be in danger)
 */
public record QueueCounts(long pending, long reported, long urgent) {
}
