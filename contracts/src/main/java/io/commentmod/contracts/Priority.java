package io.commentmod.contracts;

/** How soon a human must look at a held comment; declared most urgent first. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW
}
