package io.commentmod.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo article and its comment thread, read from {@code demo-thread.json}. Replies name the comment they answer
 * by its {@code key}; the real id is only known once that comment has been posted.
 */
public record DemoThread(Article article, List<Comment> comments) {

    public record Person(String name, String email) {
    }

    public record Article(String id, String title, String url, Person therapist) {
    }

    /**
     * @param replyTo the {@code key} of the comment this one answers, or {@code null} for a top-level comment
     * @param expectedStatus the status the default moderation rules should give it (checked by the end-to-end test)
     */
    public record Comment(String key, String replyTo, Person author, String body, boolean notifyOnReply,
                          String expectedStatus) {
    }

    private static final String RESOURCE = "/demo-thread.json";

    public static DemoThread load() {
        try (InputStream in = DemoThread.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in, DemoThread.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public Comment comment(String key) {
        return comments.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo comment with key " + key));
    }
}
