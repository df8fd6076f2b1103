package io.commentmod.lab;

/** Decides one comment's text. Implementations: {@link ModelOnlyDecider}, and the whole engine when available. */
public interface Decider {

    Outcome decide(String text);

    /** One line for reports: what decides and with which settings. */
    String describe();

    /** Why the text got its outcome, in one line (for error listings). */
    default String explain(String text) {
        return decide(text).name();
    }

    /** Serialized size of the learned model in bytes, or -1. */
    default long modelBytes() {
        return -1;
    }
}
