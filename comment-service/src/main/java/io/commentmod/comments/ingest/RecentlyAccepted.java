package io.commentmod.comments.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentSubmitted;

/**
 * Comments this instance accepted whose record has not reached the store yet: the store is written from the topic,
 * a few milliseconds after the {@code 202}. The website reads a comment back right after posting it and a reader may
 * answer it at once; both look here first, then in the store. An entry is added before the record is sent and leaves
 * when the recorder has stored the comment (or the broker refused it), so a comment accepted here is always in one of
 * the two places. Bounded, oldest first out.
 */
@Component
public class RecentlyAccepted {

    private static final int CAPACITY = 20_000;

    private final Map<String, CommentSubmitted> byId = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommentSubmitted> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void add(CommentSubmitted submitted) {
        byId.put(submitted.commentId(), submitted);
    }

    synchronized Optional<CommentSubmitted> find(String commentId) {
        return Optional.ofNullable(byId.get(commentId));
    }

    synchronized void forget(String commentId) {
        byId.remove(commentId);
    }
}
