package io.commentmod.moderation.security;

/** The roles of moderation-service users. */
public final class Roles {

    /** Works the queue, reads cases, decides. */
    public static final String MODERATOR = "MODERATOR";

    /** Everything a moderator does, plus administration (rules, users) as those endpoints arrive. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
