package io.commentmod.engine;

import java.util.Objects;

import io.commentmod.contracts.CommentStatus;

/**
 * A comment and what the service knows around it. The service computes the history (it owns the data and runs as
 * several instances); the engine only reads it, so the same context always gets the same verdict.
 *
 * @param comment        the comment to decide about
 * @param parent         the comment it replies to, or null for a top-level comment
 * @param author         the author's history; {@link AuthorHistory#FIRST_TIME} when none is known
 * @param duplicateCount how many times the same text ({@link TextNormalizer#duplicateKey(String)}) was already seen
 *                       recently, by anyone, on any article; 0 for a new text
 * @param articleUrl     the address of the article the comment is on, or null: a link back to it (a reader pointing
 *                       at a passage) is not a link out
 */
public record ModerationContext(CommentToModerate comment, Parent parent, AuthorHistory author, int duplicateCount,
        String articleUrl) {

    public ModerationContext {
        Objects.requireNonNull(comment, "comment");
        author = author == null ? AuthorHistory.FIRST_TIME : author;
        duplicateCount = Math.max(0, duplicateCount);
        articleUrl = articleUrl == null || articleUrl.isBlank() ? null : articleUrl;
    }

    /** A context without the article's address. */
    public ModerationContext(CommentToModerate comment, Parent parent, AuthorHistory author, int duplicateCount) {
        this(comment, parent, author, duplicateCount, null);
    }

    /** The same context on the article at this address. */
    public ModerationContext withArticleUrl(String url) {
        return new ModerationContext(comment, parent, author, duplicateCount, url);
    }

    /** A comment with no known history: a first-time author, a new text. */
    public static ModerationContext of(CommentToModerate comment) {
        return new ModerationContext(comment, null, AuthorHistory.FIRST_TIME, 0);
    }

    /**
     * The comment replied to.
     *
     * @param authorKey the parent author's e-mail address or another stable key, as the service identifies authors
     */
    public record Parent(String id, String authorKey, CommentStatus status) {
    }

    /**
     * What the author did before this comment.
     *
     * @param published      their published comments
     * @param held           their comments held now
     * @param rejected       their rejected comments
     * @param recentComments their comments within {@link EngineSettings#floodWindowMinutes()} before this one
     * @param trusted        a moderator marked the author as trusted
     * @param blocked        a moderator blocked the author
     */
    public record AuthorHistory(int published, int held, int rejected, int recentComments, boolean trusted,
            boolean blocked) {

        public static final AuthorHistory FIRST_TIME = new AuthorHistory(0, 0, 0, 0, false, false);

        public AuthorHistory {
            published = Math.max(0, published);
            held = Math.max(0, held);
            rejected = Math.max(0, rejected);
            recentComments = Math.max(0, recentComments);
        }

        /** Nothing of theirs was ever moderated. */
        public boolean isFirstTime() {
            return published == 0 && held == 0 && rejected == 0;
        }
    }
}
