package io.commentmod.notification.recipients;

/** Why someone gets an email; also what they can unsubscribe from. */
public enum NotificationKind {
    /** A top-level comment was published on the therapist's article. */
    NEW_COMMENT,
    /** A reply was published on the therapist's article. */
    NEW_REPLY,
    /** A reply to the recipient's own comment was published, and they asked to hear about replies. */
    REPLY_TO_YOU,
    /** The recipient's comment was held for review and a moderator has now published it. */
    COMMENT_PUBLISHED
}
