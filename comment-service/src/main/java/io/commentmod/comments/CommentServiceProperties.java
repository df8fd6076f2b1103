package io.commentmod.comments;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of comment-service.
 *
 * @param siteApiKeys    keys the website may send in {@code X-Api-Key}; more than one so a key can be rotated
 *                       without downtime (add the new one, switch the site, remove the old one)
 * @param maxRequestSize largest request body accepted; larger ones get 413 before anything is parsed
 * @param reportsKept    how many of the latest reports a comment keeps verbatim (the count stays exact), so a
 *                       report flood cannot grow a document without bound
 */
@Validated
@ConfigurationProperties("commentmod.comments")
public record CommentServiceProperties(
        @DefaultValue("local-site-key") @NotEmpty List<@NotBlank String> siteApiKeys,
        @DefaultValue("64KB") @NotNull DataSize maxRequestSize,
        @DefaultValue("100") @Min(1) @Max(10_000) int reportsKept) {

    private static final DataSize SMALLEST_REQUEST = DataSize.ofKilobytes(1);
    private static final DataSize LARGEST_REQUEST = DataSize.ofMegabytes(10);

    public CommentServiceProperties {
        siteApiKeys = siteApiKeys == null ? List.of() : siteApiKeys.stream().map(String::strip).toList();
        if (maxRequestSize != null && (maxRequestSize.compareTo(SMALLEST_REQUEST) < 0
                || maxRequestSize.compareTo(LARGEST_REQUEST) > 0)) {
            throw new IllegalArgumentException("commentmod.comments.max-request-size must be between "
                    + SMALLEST_REQUEST + " and " + LARGEST_REQUEST + ", was " + maxRequestSize);
        }
    }
}
