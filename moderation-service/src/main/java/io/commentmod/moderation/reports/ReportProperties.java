package io.commentmod.moderation.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param hideAfter a published comment with this many reader reports is hidden (held) until a moderator decides;
 *                  0 never hides (reported comments then only enter the Reported queue)
 */
@Validated
@ConfigurationProperties("commentmod.moderation.reports")
public record ReportProperties(@DefaultValue("3") @Min(0) @Max(1000) int hideAfter) {
}
