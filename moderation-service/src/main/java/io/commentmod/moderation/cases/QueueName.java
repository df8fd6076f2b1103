package io.commentmod.moderation.cases;

/** Why a case waits for a moderator: the rules held it, or readers reported a published comment. */
public enum QueueName {
    HELD, REPORTED
}
