package io.commentmod.comments.articles;

/** What an article id may look like: the website's own slug or number, safe in a URL path segment. */
public final class ArticleIds {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,100}";
    public static final String MESSAGE = "must be 1 to 100 characters of letters, digits, '.', '_' or '-'";

    private ArticleIds() {
    }
}
