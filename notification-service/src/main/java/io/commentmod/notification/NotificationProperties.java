package io.commentmod.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything notification-service needs to know about its surroundings; bound from {@code commentmod.notification}.
 *
 * @param from                 the envelope and header sender of every email
 * @param fromName             the sender's display name
 * @param publicBaseUrl        where readers reach this service (unsubscribe and preference links); no trailing slash
 * @param consoleBaseUrl       where moderators reach moderation-service (the case link of an urgent alert)
 * @param onCall               moderators who get an immediate alert for every URGENT safety hold
 * @param unsubscribeSecret    HMAC key of unsubscribe tokens; changing it invalidates every link already sent
 * @param unsubscribeTokenTtl  how long an unsubscribe or preferences link keeps working
 * @param sendLease            how long a claimed, unconfirmed send blocks another attempt; longer than the SMTP
 *                             timeouts, so an attempt still talking to the server is never doubled
 * @param retry                non-blocking retries of an event whose email could not be sent
 * @param digest               when daily digests go out
 * @param admin                the one account allowed to read the delivery log and the dead letters
 */
@Validated
@ConfigurationProperties("commentmod.notification")
public record NotificationProperties(
        @DefaultValue("notifications@commentmod.local") @NotBlank @Email String from,
        @DefaultValue("Comment notifications") @NotBlank @Size(max = 60) String fromName,
        @DefaultValue("http://localhost:8083") @NotBlank @Pattern(regexp = "https?://\\S+",
                message = "must be an http(s) URL") String publicBaseUrl,
        @DefaultValue("http://localhost:8082") @NotBlank @Pattern(regexp = "https?://\\S+",
                message = "must be an http(s) URL") String consoleBaseUrl,
        @DefaultValue List<@NotBlank @Email String> onCall,
        @DefaultValue("local-unsubscribe-secret") @NotBlank @Size(min = 16,
                message = "must be at least 16 characters") String unsubscribeSecret,
        @DefaultValue("90d") @NotNull @DurationMin(days = 1) @DurationMax(days = 400) Duration unsubscribeTokenTtl,
        @DefaultValue("2m") @NotNull @DurationMin(seconds = 1) Duration sendLease,
        @DefaultValue @NotNull @Valid Retry retry,
        @DefaultValue @NotNull @Valid Digest digest,
        @DefaultValue @NotNull @Valid Admin admin) {

    public NotificationProperties {
        // Links are built as base + "/unsubscribe"; a configured trailing slash would double it.
        publicBaseUrl = withoutTrailingSlash(publicBaseUrl);
        consoleBaseUrl = withoutTrailingSlash(consoleBaseUrl);
        onCall = onCall == null ? List.of() : List.copyOf(onCall);
    }

    private static String withoutTrailingSlash(String url) {
        return url == null ? null : url.replaceAll("/+$", "");
    }

    /**
     * An event whose email failed moves to retry topics: waits of {@code initialBackoff}, times {@code multiplier}
     * each time, at most {@code maxBackoff}, for {@code attempts} attempts in all; then the dead-letter topic. The
     * defaults keep trying for about 80 minutes, enough for an SMTP server's restart or a provider's short outage.
     */
    public record Retry(
            @DefaultValue("8") @Min(2) @Max(20) int attempts,
            @DefaultValue("10s") @NotNull @DurationMin(millis = 10) Duration initialBackoff,
            @DefaultValue("3.0") @DecimalMin("1.0") @DecimalMax("10.0") double multiplier,
            @DefaultValue("30m") @NotNull @DurationMin(millis = 10) Duration maxBackoff) {
    }

    /**
     * @param sendAt       local time of day the daily digest goes out
     * @param zone         the zone of {@code sendAt}
     * @param pollInterval how often due digests are looked for; a restart catches up on the next poll
     */
    public record Digest(
            @DefaultValue("07:00") @NotNull LocalTime sendAt,
            @DefaultValue("UTC") @NotNull ZoneId zone,
            @DefaultValue("1m") @NotNull @DurationMin(millis = 100) Duration pollInterval) {
    }

    public record Admin(
            @DefaultValue("admin") @NotBlank String username,
            @DefaultValue("admin-pass") @NotBlank String password) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=****]";
        }
    }

    @Override
    public String toString() {
        return "NotificationProperties[from=" + from + ", publicBaseUrl=" + publicBaseUrl + ", consoleBaseUrl="
                + consoleBaseUrl + ", onCall=" + onCall.size() + " address(es), unsubscribeSecret=****"
                + ", unsubscribeTokenTtl=" + unsubscribeTokenTtl + ", sendLease=" + sendLease + ", retry=" + retry
                + ", digest=" + digest + ", admin=" + admin + "]";
    }
}
