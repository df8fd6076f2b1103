package io.commentmod.moderation.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How far back intake looks when it builds a comment's context. (The flood window is part of the engine settings,
 * editable by admins; this one is operational: how long a text counts as "seen recently".)
 *
 * @param duplicateWindow the same text posted within this time before counts as a repeat (default 7 days: spam
 *                        campaigns re-post over days, readers rarely post the same 20+ letters twice)
 */
@Validated
@ConfigurationProperties("commentmod.moderation.history")
record HistoryProperties(@DefaultValue("P7D") @NotNull Duration duplicateWindow) {
}
