package io.commentmod.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event carries: a unique id (consumers deduplicate on it), the event type and its schema
 * version (so a consumer can refuse a version it does not know), when it happened and the Kafka record key.
 */
public record EventMeta(String id, String type, int version, Instant time, String key) {

    public EventMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        if (version < 1) {
            throw new IllegalArgumentException("version must be positive");
        }
    }

    public static EventMeta create(String type, int version, String key, Instant time) {
        return new EventMeta(UUID.randomUUID().toString(), type, version, time, key);
    }

    /** An id that is the same every time it is derived from the same name, for events that must not be duplicated. */
    public static EventMeta derived(String type, int version, String key, Instant time, String name) {
        return new EventMeta(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                type, version, time, key);
    }
}
