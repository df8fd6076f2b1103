package io.commentmod.moderation.rules;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.engine.EngineSettings;

/**
 * One version of the engine settings. Append-only: a change is a new document with the next number, never an
 * update, so every verdict's {@code rulesVersion} still names the exact settings that made it. The newest number is
 * the active version.
 *
 * @param version   {@code rules-<number>}, also {@code settings.version()}
 * @param number    1, 2, 3...; unique, so two admins saving at once cannot both become version n
 * @param createdBy the admin who saved it, or {@code system} for the seeded defaults
 */
@Document(RuleSet.COLLECTION)
public record RuleSet(@Id String version, long number, EngineSettings settings, Instant createdAt,
        String createdBy) {

    public static final String COLLECTION = "engine_settings";

    static final String NUMBER = "number";
    static final String PREFIX = "rules-";

    public static String versionOf(long number) {
        return PREFIX + number;
    }

    /** A version without its settings, for the list of versions. */
    public record Summary(String version, long number, Instant createdAt, String createdBy) {
    }

    Summary summary() {
        return new Summary(version, number, createdAt, createdBy);
    }
}
