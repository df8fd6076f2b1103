package io.commentmod.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the moderation service. The defaults are for a laptop; every real deployment sets the passwords from
 * the environment ({@code MODERATOR_PASSWORD}, {@code ADMIN_PASSWORD}).
 *
 * @param moderatorUsername a moderator account (role MODERATOR) created on the first start when it does not exist
 *                          (see {@code accounts.AccountBootstrap}); later accounts are added through the API
 * @param moderatorPassword its first password (stored BCrypt-hashed; changing it here later changes nothing)
 * @param adminUsername     an admin account (roles ADMIN and MODERATOR) created the same way
 * @param adminPassword     its first password
 * @param excerptLength     characters of a comment shown in the queue before it is cut
 * @param instanceId        names this instance among several (default: the host name); the learned model is
 *                          trained by one consumer group per instance ({@code moderation-learning-<instanceId>})
 */
@Validated
@ConfigurationProperties("commentmod.moderation")
public record ModerationProperties(
        @DefaultValue("moderator") @NotBlank String moderatorUsername,
        @DefaultValue("moderator-pass") @NotBlank String moderatorPassword,
        @DefaultValue("admin") @NotBlank String adminUsername,
        @DefaultValue("admin-pass") @NotBlank String adminPassword,
        @DefaultValue("160") @Min(20) @Max(2000) int excerptLength,
        @DefaultValue("local") @NotBlank String instanceId) {

    @Override
    public String toString() {
        // Keeps passwords out of logs and actuator output.
        return "ModerationProperties[moderatorUsername=" + moderatorUsername + ", adminUsername=" + adminUsername
                + ", excerptLength=" + excerptLength + ", instanceId=" + instanceId + "]";
    }
}
