package io.commentmod.moderation.model;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The learned model's life cycle.
 *
 * @param bootstrapCsv     optional labeled CSV (YouTube Spam Collection format) to train the first model from when
 *                         none is stored; without it and without a stored model the engine runs on rules alone
 * @param snapshotEvery    save a snapshot after this many learned decisions (default 50)
 * @param snapshotInterval ... and at least this often while there are unsaved ones (default 1 minute)
 * @param learningStart    where a new learning consumer group starts: {@code latest} (default: a new instance starts
 *                         from the newest saved model and learns what comes next) or {@code earliest}
 */
@Validated
@ConfigurationProperties("commentmod.moderation.model")
public record ModelProperties(
        Path bootstrapCsv,
        @DefaultValue("50") @Min(1) int snapshotEvery,
        @DefaultValue("1m") @NotNull Duration snapshotInterval,
        @DefaultValue("latest") @Pattern(regexp = "latest|earliest") String learningStart) {
}
