package io.commentmod.comments.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentSubmitted;

/**
 * Comments this instance accepted whose record has not reached the store yet: the store is written from the topic,
 * a few milliseconds after the {@code 202}. The website reads a comment back right after posting it and a reader may
 * answer it at once; both find it here in the meantime ({@link #lookUp}). An entry is added before the record is
 * sent and leaves when this instance's recorder has stored the comment or the broker refused it. With several
 * instances another one's recorder may store it, and the entry stays until pushed out (bounded, oldest first out):
 * that is why the store is always asked first.
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

    /**
     * The comment as the store has it, else as accepted here, else as the store has it by now: the recorder stores
     * a comment before it forgets it here, so it may move from here to the store between the first two looks.
     *
     * @param stored  reads the store
     * @param pending what a comment accepted here and not stored yet looks like
     */
    <T> Optional<T> lookUp(String commentId, Function<String, Optional<T>> stored,
            Function<CommentSubmitted, T> pending) {
        return stored.apply(commentId).or(() -> find(commentId).map(pending))
                .or(() -> stored.apply(commentId));
    }

    synchronized void forget(String commentId) {
        byId.remove(commentId);
    }
}
