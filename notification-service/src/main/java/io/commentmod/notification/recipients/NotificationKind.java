package io.commentmod.notification.recipients;

/** Why someone gets an email; also what they can choose to get immediately, in a daily digest or not at all. */
public enum NotificationKind {
    /** A top-level comment was published on the therapist's article. */
    NEW_COMMENT(true),
    /** A reply was published on the therapist's article. */
    NEW_REPLY(true),
    /** A reply to the recipient's own comment was published, and they asked to hear about replies. */
    REPLY_TO_YOU(true),
    /** The recipient's comment was held for review and a moderator has now published it. */
    COMMENT_PUBLISHED(true),
    /** An on-call moderator: a comment was held as an URGENT safety case (someone may be at risk). */
    URGENT_HOLD(false);

    private final boolean digestible;

    NotificationKind(boolean digestible) {
        this.digestible = digestible;
    }

    /** An urgent alert that waits for tomorrow's digest is no alert: it is sent now or not at all. */
    public boolean digestible() {
        return digestible;
    }
}
