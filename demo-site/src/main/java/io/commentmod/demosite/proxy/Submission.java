package io.commentmod.demosite.proxy;

import java.util.List;

/** What became of a posted comment: accepted for moderation, refused for its input, or not delivered at all. */
public sealed interface Submission permits Submission.Accepted, Submission.Invalid, Submission.Failed {

    /** 202: stored and waiting for moderation. */
    record Accepted(String id) implements Submission {
    }

    /** 400: comment-service's message for each invalid field (named as in its API, e.g. {@code author.email}). */
    record Invalid(List<FieldMessage> errors, String detail) implements Submission {
    }

    /** 401, 5xx, timeouts, connection refused: nothing the reader can fix. */
    record Failed(String reason) implements Submission {
    }
}
