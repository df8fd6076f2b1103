package io.commentmod.comments.thread;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One node of a public thread: a published comment, or the hidden place of an unpublished one. */
sealed interface ThreadNode permits ThreadNode.Published, ThreadNode.Hidden {

    String id();

    List<ThreadNode> replies();

    /** A published comment: only its author's name, never an email or address. */
    record Published(String id, Author author, String body, Instant date, boolean byArticleTherapist,
            List<ThreadNode> replies) implements ThreadNode {
    }

    /**
     * A comment that is not published but has published replies. It keeps the conversation's shape (the replies
     * stay replies) and says nothing about the comment itself: no author, text or date.
     */
    @JsonPropertyOrder({"id", "hidden", "replies"})
    record Hidden(String id, List<ThreadNode> replies) implements ThreadNode {

        /** Serialized as {@code "hidden": true}, so the website can tell the two kinds apart. */
        @JsonProperty("hidden")
        public boolean hidden() {
            return true;
        }
    }

    record Author(String name) {
    }
}
