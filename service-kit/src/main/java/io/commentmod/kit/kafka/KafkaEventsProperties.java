package io.commentmod.kit.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How topics are created and how hard a failing record is retried before it goes to its dead-letter topic.
 *
 * @param partitions        partitions per topic; the most consumer instances that can share a topic
 * @param replicationFactor 1 on a single local broker, 3 on a real cluster
 * @param retries           attempts after the first before a record is dead-lettered
 * @param initialBackoff    first pause between attempts; doubles each time up to {@code maxBackoff}
 * @param notReadyPatience  how long a record failing with {@link NotReadyYetException} is retried (every 500 ms)
 */
@Validated
@ConfigurationProperties("commentmod.kafka")
public record KafkaEventsProperties(
        @DefaultValue("6") @Min(1) @Max(1000) int partitions,
        @DefaultValue("1") @Min(1) @Max(7) short replicationFactor,
        @DefaultValue("4") @Min(0) @Max(20) int retries,
        @DefaultValue("200ms") @NotNull Duration initialBackoff,
        @DefaultValue("5s") @NotNull Duration maxBackoff,
        @DefaultValue("10m") @NotNull Duration notReadyPatience) {
}
