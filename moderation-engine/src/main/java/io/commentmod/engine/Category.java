package io.commentmod.engine;

/**
 * What kind of problem a signal points at; the names match the categories used in the events' reasons. Scores add up
 * per category, and {@link VerdictPolicy} decides on the sums.
 */
public enum Category {
    SPAM("Possible spam"),
    PROMOTION("Self-promotion or solicitation"),
    SAFETY("Possible self-harm or suicide risk"),
    PRIVACY("Personal data in the text"),
    ABUSE("Possibly abusive language"),
    /** Facts about the author: negative scores are a trust bonus, positive ones distrust (a blocked author). */
    TRUST("Author not trusted");

    private final String queueReason;

    Category(String queueReason) {
        this.queueReason = queueReason;
    }

    /** What a moderator's queue shows for a comment held mainly because of this category. */
    public String queueReason() {
        return queueReason;
    }
}
