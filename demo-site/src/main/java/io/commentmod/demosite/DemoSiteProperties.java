package io.commentmod.demosite;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Settings of the demo site. The API key and comment-service's address are server-side only: the browser talks to
 * this site, and this site talks to comment-service, so the key never appears in a page.
 *
 * @param commentServiceUrl base URL of comment-service's API
 * @param siteApiKey        the key sent in {@code X-Api-Key}; one of comment-service's {@code SITE_API_KEYS}
 * @param apiTimeout        how long one call to comment-service may take before the reader sees a friendly error
 * @param article           the one article this site shows (the site owns its content; comment-service only
 *                          learns its title, URL and therapist)
 */
@Validated
@ConfigurationProperties("commentmod.demo-site")
public record DemoSiteProperties(
        @DefaultValue("http://localhost:8081") @NotNull URI commentServiceUrl,
        @DefaultValue("local-site-key") @NotBlank String siteApiKey,
        @DefaultValue("5s") @NotNull Duration apiTimeout,
        @DefaultValue @NotNull @Valid Article article) {

    public DemoSiteProperties {
        siteApiKey = siteApiKey == null ? null : siteApiKey.strip();
        if (apiTimeout != null && (apiTimeout.isNegative() || apiTimeout.isZero())) {
            throw new IllegalArgumentException("commentmod.demo-site.api-timeout must be positive, was " + apiTimeout);
        }
    }

    /**
     * The article: what comment-service is told ({@code id}, {@code title}, {@code url}, the therapist) and what
     * only the page shows (who asked, the question and the therapist's answer; paragraphs separated by blank lines).
     * Limits mirror comment-service's validation of {@code PUT /api/v1/articles/{id}}, so a bad value fails here at
     * startup instead of as a 400 in the log.
     */
    public record Article(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String id,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String url,
            @NotBlank @Size(max = 100) String therapistName,
            @NotBlank @Email @Size(max = 254) String therapistEmail,
            @NotBlank String askedBy,
            @NotBlank String question,
            @NotBlank String answer) {
    }
}
