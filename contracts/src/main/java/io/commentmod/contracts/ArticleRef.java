package io.commentmod.contracts;

/** What consumers need to know about the article a comment is on. */
public record ArticleRef(String id, String title, String url, Person therapist) {
}
