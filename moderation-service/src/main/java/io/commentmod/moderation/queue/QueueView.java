package io.commentmod.moderation.queue;

/** The lists a moderator works from. */
public enum QueueView {
    /** Everything waiting for a moderator: held by the rules or reported by readers (the default). */
    WAITING,
    /** Held by the rules. */
    PENDING,
    /** Published, then reported by readers. */
    REPORTED,
    /** Decided by a moderator, newest decision first. */
    RECENT
}
