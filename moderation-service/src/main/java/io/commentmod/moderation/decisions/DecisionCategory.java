package io.commentmod.moderation.decisions;

/**
 * What a moderator's decision was about. Optional in the request: when a rejection does not say, it is taken from
 * the strongest category among the case's automatic signals ({@link #OTHER} when none fired, e.g. a reported
 * comment). The learned spam model learns "spam" only from rejections for {@link #SPAM} or {@link #PROMOTION}: a
 * comment rejected for abuse or personal data says nothing about spam.
 */
public enum DecisionCategory {
    SPAM, PROMOTION, ABUSE, PRIVACY, OFF_TOPIC, SAFETY, OTHER;

    /** Whether a rejection for this category teaches the spam model "spam". */
    public boolean isSpam() {
        return this == SPAM || this == PROMOTION;
    }

    /** The category of a stored name; OTHER for null or a name this version does not know. */
    public static DecisionCategory of(String name) {
        if (name == null) {
            return OTHER;
        }
        for (DecisionCategory category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return OTHER;
    }
}
