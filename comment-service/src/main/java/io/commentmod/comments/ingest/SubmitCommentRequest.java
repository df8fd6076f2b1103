package io.commentmod.comments.ingest;

import io.commentmod.comments.articles.ArticleIds;
import io.commentmod.comments.text.EmailAddress;
import io.commentmod.comments.text.MultiLineText;
import io.commentmod.comments.text.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/comments}. Surrounding whitespace is stripped before validation, so the length limits
 * apply to what is stored. {@code notifyOnReply} is a wrapper so that leaving it out means false.
 * <p>
 * Which characters each text field may hold is decided in {@link io.commentmod.comments.text}: a name is one line
 * of visible text, a body is free text (HTML included, it is only ever text) with line breaks and tabs but no other
 * control characters. The ids are restricted to a URL-safe alphabet and length, which also keeps MongoDB operators
 * ("$ne") and path tricks out; a JSON object where an id belongs is refused by type before it gets near a query.
 */
record SubmitCommentRequest(
        @NotBlank @Pattern(regexp = ArticleIds.PATTERN, message = ArticleIds.MESSAGE) String articleId,
        @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "is not a comment id")
        String parentId,
        @NotNull @Valid Author author,
        @NotBlank @Size(max = 5000) @MultiLineText String body,
        Boolean notifyOnReply) {

    SubmitCommentRequest {
        articleId = strip(articleId);
        parentId = strip(parentId);
        body = strip(body);
    }

    boolean wantsReplyNotifications() {
        return Boolean.TRUE.equals(notifyOnReply);
    }

    record Author(
            @NotBlank @Size(max = 100) @SingleLineText String name,
            @NotBlank @EmailAddress @Size(max = 254) String email) {

        Author {
            name = strip(name);
            email = strip(email);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
