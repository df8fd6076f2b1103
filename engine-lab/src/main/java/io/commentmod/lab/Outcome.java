package io.commentmod.lab;

/** The three-way decision, independent of any engine API so the lab can compare deciders. */
public enum Outcome {
    PUBLISH, HOLD, REJECT;

    /** HOLD and REJECT both keep a comment out of the public thread. */
    public boolean keptOut() {
        return this != PUBLISH;
    }
}
