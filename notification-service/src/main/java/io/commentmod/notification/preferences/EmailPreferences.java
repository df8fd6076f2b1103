package io.commentmod.notification.preferences;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * How each address wants each kind of email. One document per address, keyed by the SHA-256 of the normalized
 * address, never the address itself, so this collection is not a mailing list: {@code {_id: hash, modes: {KIND: MODE}}}.
 * A kind without an entry is {@link DeliveryMode#IMMEDIATE}.
 */
@Component
public class EmailPreferences {

    static final String COLLECTION = "preferences";

    private final MongoTemplate mongo;
    private final Clock clock;

    public EmailPreferences(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public DeliveryMode modeOf(String email, NotificationKind kind) {
        return modesOf(email).get(kind);
    }

    /** Every kind with its mode; a stored DAILY for a kind that cannot wait is read as IMMEDIATE. */
    public Map<NotificationKind, DeliveryMode> modesOf(String email) {
        Map<NotificationKind, DeliveryMode> modes = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            modes.put(kind, DeliveryMode.IMMEDIATE);
        }
        Document stored = mongo.findById(hash(email), Document.class, COLLECTION);
        Document storedModes = stored == null ? null : stored.get("modes", Document.class);
        if (storedModes != null) {
            for (NotificationKind kind : NotificationKind.values()) {
                String mode = storedModes.getString(kind.name());
                if (mode != null) {
                    modes.put(kind, effective(kind, DeliveryMode.valueOf(mode)));
                }
            }
        }
        return modes;
    }

    /** Sets the given kinds and leaves the others as they are, in one atomic upsert. */
    public void set(String email, Map<NotificationKind, DeliveryMode> modes) {
        if (modes.isEmpty()) {
            return;
        }
        Update update = new Update().set("updatedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS));
        modes.forEach((kind, mode) -> update.set("modes." + kind.name(), effective(kind, mode).name()));
        mongo.upsert(query(where("_id").is(hash(email))), update, COLLECTION);
    }

    /** What an unsubscribe link does: its kind, or with {@link UnsubscribeTokens#ALL} every kind, to OFF. */
    public void turnOff(String email, String scope) {
        Map<NotificationKind, DeliveryMode> off = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (UnsubscribeTokens.ALL.equals(scope) || kind.name().equals(scope)) {
                off.put(kind, DeliveryMode.OFF);
            }
        }
        set(email, off);
    }

    private static DeliveryMode effective(NotificationKind kind, DeliveryMode mode) {
        return mode == DeliveryMode.DAILY && !kind.digestible() ? DeliveryMode.IMMEDIATE : mode;
    }

    static String hash(String email) {
        String normalized = EmailAddresses.normalize(email);
        if (normalized == null) {
            throw new IllegalArgumentException("email is required");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
