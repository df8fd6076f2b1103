package io.commentmod.comments.articles;

import java.time.Instant;

/** An article as the website sees it through its authenticated API. */
record ArticleView(String id, String title, String url, Therapist therapist, Instant createdAt, Instant updatedAt) {

    record Therapist(String name, String email) {
    }

    static ArticleView of(ArticleDocument article) {
        return new ArticleView(article.id(), article.title(), article.url(),
                new Therapist(article.therapist().name(), article.therapist().email()), article.createdAt(),
                article.updatedAt());
    }
}
