package io.commentmod.comments.ingest;

import io.commentmod.comments.articles.ArticleIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/comments}. Surrounding whitespace is stripped before validation, so the length limits
 * apply to what is stored. {@code notifyOnReply} is a wrapper so that leaving it out means false.
 */
record SubmitCommentRequest(
        @NotBlank @Pattern(regexp = ArticleIds.PATTERN, message = ArticleIds.MESSAGE) String articleId,
        @Size(min = 1, max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "is not a comment id")
        String parentId,
        @NotNull @Valid Author author,
        @NotBlank @Size(max = 5000) String body,
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
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Email @Size(max = 254) String email) {

        Author {
            name = strip(name);
            email = strip(email);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
