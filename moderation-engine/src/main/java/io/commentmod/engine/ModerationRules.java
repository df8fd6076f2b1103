package io.commentmod.engine;

/**
 * The seam between the moderation service and whatever decides about a comment. The starter rule set implements it
 * today; a fuller engine (configurable rules, history-aware rules, a learned model) replaces it later without the
 * intake, the case store or the events changing.
 */
public interface ModerationRules {

    /** Decides about one comment. Must be deterministic: the same comment always gets the same verdict. */
    Verdict evaluate(CommentToModerate comment);

    /** Recorded on every automatic verdict, so a decision can be traced to the rules that made it. */
    String version();
}
