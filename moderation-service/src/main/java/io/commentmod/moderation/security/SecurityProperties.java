package io.commentmod.moderation.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param maxFailedLogins       failed sign-ins of one account from one address within {@code failedLoginWindow}
 *                              after which further attempts are refused (429) until the window has passed
 * @param failedLoginWindow     how long a failed sign-in counts
 * @param consoleSessionTimeout a console session ends after this long without a request
 */
@Validated
@ConfigurationProperties("commentmod.moderation.security")
public record SecurityProperties(
        @DefaultValue("5") @Min(1) @Max(1000) int maxFailedLogins,
        @DefaultValue("15m") @NotNull Duration failedLoginWindow,
        @DefaultValue("30m") @NotNull Duration consoleSessionTimeout) {
}
