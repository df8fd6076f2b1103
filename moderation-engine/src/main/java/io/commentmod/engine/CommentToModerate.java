package io.commentmod.engine;

/**
 * What the rules may look at. Deliberately independent of the event and storage types, so rules can be tested and
 * evaluated offline (e.g. against a data set) without Kafka or MongoDB.
 *
 * @param byArticleTherapist the author is the therapist who wrote the article
 */
public record CommentToModerate(
        String id,
        String articleId,
        String parentId,
        String authorName,
        String authorEmail,
        String body,
        boolean byArticleTherapist) {

    public CommentToModerate {
        body = body == null ? "" : body;
    }

    /** A comment with only a body, for rules and tests that look at nothing else. */
    public static CommentToModerate withBody(String body) {
        return new CommentToModerate("test", "article", null, "Reader", "reader@example.org", body, false);
    }
}
