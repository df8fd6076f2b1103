package io.commentmod.comments.articles;

import io.commentmod.comments.text.EmailAddress;
import io.commentmod.comments.text.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/articles/{articleId}}. Text is stripped of surrounding whitespace before validation. */
record ArticleRequest(
        @NotBlank @Size(max = 300) @SingleLineText String title,
        @NotBlank @Size(max = 2000) @SingleLineText @HttpUrl String url,
        @NotNull @Valid Therapist therapist) {

    ArticleRequest {
        title = strip(title);
        url = strip(url);
    }

    record Therapist(
            @NotBlank @Size(max = 100) @SingleLineText String name,
            @NotBlank @EmailAddress @Size(max = 254) String email) {

        Therapist {
            name = strip(name);
            email = strip(email);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
