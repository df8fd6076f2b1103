package io.commentmod.comments.reports;

import io.commentmod.comments.text.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/comments/{id}/reports}: why a reader thinks the comment should not be public. */
record ReportRequest(@NotBlank @Size(max = 500) @MultiLineText String reason) {

    ReportRequest {
        reason = reason == null ? null : reason.strip();
    }
}
