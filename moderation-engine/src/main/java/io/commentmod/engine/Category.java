package io.commentmod.engine;

/** What kind of problem a signal points at; the names match the categories used in the events' reasons. */
public enum Category {
    SPAM, PROMOTION, SAFETY, PRIVACY
}
