package io.commentmod.engine;

/**
 * A learned spam classifier, as the engine sees it. Implementations must be thread-safe and deterministic for a given
 * {@link #version()}: the engine calls them concurrently and records the version with every verdict.
 */
@FunctionalInterface
public interface SpamModel {

    /** The probability, from 0 to 1, that the text is spam. The engine passes the comment text as written. */
    double spamProbability(String text);

    /** Recorded on every verdict the model took part in; a lambda reports "unversioned". */
    default String version() {
        return "unversioned";
    }
}
