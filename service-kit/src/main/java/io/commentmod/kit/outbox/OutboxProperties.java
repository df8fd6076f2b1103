package io.commentmod.kit.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param sweepInterval how often the relay looks for entries the immediate publish did not remove; a sweep reads
 *                      every document of the collection on a server without secondary indexes (the embedded
 *                      one), so it runs every 10 s, not every second: a crash's leftover waits at most that long
 * @param sweepAfter    how old an entry must be before the sweeper takes it over from the immediate publish
 * @param batchSize     documents per sweep and collection
 * @param sendTimeout   how long a sweep waits for the broker before leaving an entry for the next sweep
 */
@Validated
@ConfigurationProperties("commentmod.outbox")
public record OutboxProperties(
        @DefaultValue("10s") @NotNull Duration sweepInterval,
        @DefaultValue("5s") @NotNull Duration sweepAfter,
        @DefaultValue("200") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("10s") @NotNull Duration sendTimeout) {
}
