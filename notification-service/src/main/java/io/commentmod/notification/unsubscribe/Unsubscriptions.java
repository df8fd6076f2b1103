package io.commentmod.notification.unsubscribe;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * Who asked not to hear what. Stores the SHA-256 of the normalized address, never the address itself, so this
 * collection is not a mailing list. The document id is {@code hash:scope}: recording twice is a no-op, and the check
 * before each send is a lookup by id, which needs no secondary index.
 */
@Component
public class Unsubscriptions {

    static final String COLLECTION = "unsubscribes";

    private final MongoTemplate mongo;
    private final Clock clock;

    public Unsubscriptions(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean isUnsubscribed(String email, NotificationKind kind) {
        String hash = hash(email);
        return mongo.exists(query(where("_id").in(id(hash, kind.name()), id(hash, UnsubscribeTokens.ALL))),
                COLLECTION);
    }

    public void unsubscribe(String email, String scope) {
        String hash = hash(email);
        mongo.upsert(query(where("_id").is(id(hash, scope))),
                new Update().setOnInsert("emailHash", hash).setOnInsert("scope", scope)
                        .setOnInsert("createdAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                COLLECTION);
    }

    private static String id(String hash, String scope) {
        return hash + ":" + scope;
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
