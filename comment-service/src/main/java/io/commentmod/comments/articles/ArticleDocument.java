package io.commentmod.comments.articles;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.Person;

/** An article the website registered, with the therapist who wrote it (who hears about comments on it). */
@Document(ArticleDocument.COLLECTION)
public record ArticleDocument(@Id String id, String title, String url, Person therapist, Instant createdAt,
        Instant updatedAt) {

    public static final String COLLECTION = "articles";

    /** What events say about the article. */
    public ArticleRef toRef() {
        return new ArticleRef(id, title, url, therapist);
    }

    /** Whether the given email is the therapist's; emails are compared case-insensitively. */
    public boolean isTherapist(String email) {
        return therapist != null && therapist.email() != null && email != null
                && therapist.email().equalsIgnoreCase(email);
    }
}
