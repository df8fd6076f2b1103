package io.commentmod.engine;

/**
 * The seam between the moderation service and whatever decides about a comment without its context.
 * {@link ModerationEngine} implements it (treating the comment as a first-time author's, a new text); the service
 * should move to {@link ModerationEngine#evaluate(ModerationContext)} once it computes author history and duplicates.
 */
public interface ModerationRules {

    /** Decides about one comment. Must be deterministic: the same comment always gets the same verdict. */
    Verdict evaluate(CommentToModerate comment);

    /** Recorded on every automatic verdict, so a decision can be traced to the rules that made it. */
    String version();
}
