package io.commentmod.contracts;

/**
 * Who caused a transition: the rule engine (id = rule set version) or a moderator (id = user name).
 */
public record Actor(Kind kind, String id) {

    public enum Kind {
        AUTOMATIC, MODERATOR, SYSTEM
    }

    public static Actor automatic(String rulesVersion) {
        return new Actor(Kind.AUTOMATIC, rulesVersion);
    }

    public static Actor moderator(String username) {
        return new Actor(Kind.MODERATOR, username);
    }
}
