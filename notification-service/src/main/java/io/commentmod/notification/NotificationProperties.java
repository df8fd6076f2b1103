package io.commentmod.notification;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
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
 * Everything notification-service needs to know about its surroundings; bound from {@code commentmod.notification}.
 *
 * @param from                 the envelope and header sender of every email
 * @param publicBaseUrl        where readers reach this service (unsubscribe links point here); no trailing slash
 * @param unsubscribeSecret    HMAC key of unsubscribe tokens; changing it invalidates every link already sent
 * @param unsubscribeTokenTtl  how long an unsubscribe link keeps working
 * @param admin                the one account allowed to read the delivery log
 */
@Validated
@ConfigurationProperties("commentmod.notification")
public record NotificationProperties(
        @DefaultValue("notifications@commentmod.local") @NotBlank @Email String from,
        @DefaultValue("http://localhost:8083") @NotBlank @Pattern(regexp = "https?://\\S+",
                message = "must be an http(s) URL") String publicBaseUrl,
        @DefaultValue("local-unsubscribe-secret") @NotBlank @Size(min = 16,
                message = "must be at least 16 characters") String unsubscribeSecret,
        @DefaultValue("90d") @NotNull @DurationMin(days = 1) @DurationMax(days = 400) Duration unsubscribeTokenTtl,
        @DefaultValue @NotNull @Valid Admin admin) {

    public NotificationProperties {
        // Links are built as base + "/unsubscribe"; a configured trailing slash would double it.
        if (publicBaseUrl != null) {
            publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        }
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
        return "NotificationProperties[from=" + from + ", publicBaseUrl=" + publicBaseUrl
                + ", unsubscribeSecret=****, unsubscribeTokenTtl=" + unsubscribeTokenTtl + ", admin=" + admin + "]";
    }
}
