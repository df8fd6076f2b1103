package io.commentmod.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.mail.Notice;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;

/**
 * The record of every notification, and the lock that makes each go out once.
 * <p>
 * A delivery is claimed by inserting it as SENDING before anything is sent. The unique index on
 * (commentId, kind, recipient) makes the insert fail for a redelivered event or a second instance. The loser sends
 * nothing when the delivery is SENT (or queued for a digest); when it is SENDING, another attempt is talking to the
 * SMTP server right now, so the loser fails and its event is retried later, by which time the delivery is SENT or
 * its claim has expired. A FAILED delivery, or a SENDING one whose lease ran out (its sender crashed), is taken
 * over by a conditional update that exactly one caller wins.
 * <p>
 * The one window left: a crash after the SMTP server accepted a message and before SENT was written. The
 * takeover then sends it again, with the same {@code Message-ID}, which is what receiving systems deduplicate on.
 */
@Component
class DeliveryLog implements InitializingBean {

    static final String COLLECTION = "deliveries";
    static final String UNIQUE_INDEX = "delivery_key";
    /** The admin listing is for looking up one person; this bounds an answer about a very busy address. */
    static final int LIST_LIMIT = 500;
    private static final int ERROR_MAX = 500;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    DeliveryLog(MongoTemplate mongo, Clock clock, NotificationProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = properties.sendLease();
    }

    /** Created before the listeners start: without the unique index a redelivery could send twice. */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("commentId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC)
                .on("recipient", Sort.Direction.ASC).unique().named(UNIQUE_INDEX));
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                .named("recipient_newest_first"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC)
                .named("digest_due"));
    }

    /** What the caller may do after trying to claim a delivery. */
    enum Claim {
        /** First time: send it. */
        CLAIMED,
        /** A FAILED delivery, or one whose sender's lease expired, was taken over: send it again. */
        RECLAIMED,
        /** Another attempt holds a live claim: do not send now, try again later. */
        IN_FLIGHT,
        /** Sent, or queued for a digest: never send. */
        DONE
    }

    Claim claim(Recipient recipient, String commentId, String articleId, String eventId, String subject) {
        Instant now = now();
        try {
            mongo.insert(new Delivery(idOf(recipient.email(), recipient.kind(), commentId), recipient.email(),
                    recipient.name(), recipient.kind(), commentId, articleId, eventId, subject, DeliveryStatus.SENDING,
                    1, now, now, null, null, null, null, null), COLLECTION);
            return Claim.CLAIMED;
        } catch (DuplicateKeyException alreadyThere) {
            Criteria takeable = new Criteria().orOperator(
                    where("status").is(DeliveryStatus.FAILED),
                    where("status").is(DeliveryStatus.SENDING).and("claimedAt").lt(now.minus(lease)));
            Delivery reclaimed = mongo.findAndModify(
                    key(recipient.email(), recipient.kind(), commentId).addCriteria(takeable),
                    new Update().set("status", DeliveryStatus.SENDING).inc("attempts", 1).set("eventId", eventId)
                            .set("subject", subject).set("claimedAt", now),
                    FindAndModifyOptions.options().returnNew(true), Delivery.class, COLLECTION);
            if (reclaimed != null) {
                return Claim.RECLAIMED;
            }
            Delivery current = mongo.findOne(key(recipient.email(), recipient.kind(), commentId), Delivery.class,
                    COLLECTION);
            return current != null && current.status() == DeliveryStatus.SENDING ? Claim.IN_FLIGHT : Claim.DONE;
        }
    }

    /** Records a notice for the recipient's next digest; false when it is already recorded (a redelivery). */
    boolean queueForDigest(Recipient recipient, Notice notice, String eventId, Instant dueAt) {
        Instant now = now();
        try {
            mongo.insert(new Delivery(idOf(recipient.email(), recipient.kind(), notice.commentId()),
                    recipient.email(), recipient.name(), recipient.kind(), notice.commentId(), notice.articleId(),
                    eventId, null, DeliveryStatus.QUEUED, 0, now, null, null, dueAt, null, notice, null), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    void markSent(Recipient recipient, String commentId) {
        mongo.updateFirst(key(recipient.email(), recipient.kind(), commentId)
                        .addCriteria(where("status").is(DeliveryStatus.SENDING)),
                new Update().set("status", DeliveryStatus.SENT).set("sentAt", now()).unset("lastError"),
                COLLECTION);
    }

    void markFailed(Recipient recipient, String commentId, Exception failure) {
        mongo.updateFirst(key(recipient.email(), recipient.kind(), commentId)
                        .addCriteria(where("status").is(DeliveryStatus.SENDING)),
                new Update().set("status", DeliveryStatus.FAILED).set("lastError", describe(failure)), COLLECTION);
    }

    /** Addresses with at least one queued notice whose digest time has come. */
    List<String> recipientsWithDueDigests(Instant now) {
        return mongo.findDistinct(query(where("status").is(DeliveryStatus.QUEUED).and("dueAt").lte(now)),
                "recipient", COLLECTION, String.class);
    }

    /**
     * Takes the recipient's due notices for one digest: each moves QUEUED → DIGESTING in an atomic update, so a
     * notice lands in one digest only, even with two instances polling.
     */
    List<Delivery> takeForDigest(String recipient, Instant now, String digestId) {
        mongo.updateMulti(query(where("recipient").is(recipient).and("status").is(DeliveryStatus.QUEUED)
                        .and("dueAt").lte(now)),
                new Update().set("status", DeliveryStatus.DIGESTING).set("digestId", digestId)
                        .set("claimedAt", now()).inc("attempts", 1),
                COLLECTION);
        return mongo.find(query(where("digestId").is(digestId).and("status").is(DeliveryStatus.DIGESTING))
                .with(Sort.by("createdAt", "_id")), Delivery.class, COLLECTION);
    }

    void markDigestSent(String digestId, String subject) {
        mongo.updateMulti(query(where("digestId").is(digestId).and("status").is(DeliveryStatus.DIGESTING)),
                new Update().set("status", DeliveryStatus.SENT).set("sentAt", now()).set("subject", subject)
                        .unset("lastError"),
                COLLECTION);
    }

    /** Back in the queue: the next poll tries again. */
    void markDigestFailed(String digestId, Exception failure) {
        mongo.updateMulti(query(where("digestId").is(digestId).and("status").is(DeliveryStatus.DIGESTING)),
                new Update().set("status", DeliveryStatus.QUEUED).unset("digestId").set("lastError", describe(failure)),
                COLLECTION);
    }

    void markSuppressed(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        mongo.updateMulti(query(where("_id").in(ids).and("status").is(DeliveryStatus.DIGESTING)),
                new Update().set("status", DeliveryStatus.SUPPRESSED), COLLECTION);
    }

    /** Digest claims of an instance that died mid-send go back to the queue once their lease is over. */
    void releaseExpiredDigestClaims(Instant now) {
        mongo.updateMulti(query(where("status").is(DeliveryStatus.DIGESTING).and("claimedAt").lt(now.minus(lease))),
                new Update().set("status", DeliveryStatus.QUEUED).unset("digestId"), COLLECTION);
    }

    List<Delivery> findByRecipient(String recipient) {
        Query query = query(where("recipient").is(recipient))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(LIST_LIMIT);
        return mongo.find(query, Delivery.class, COLLECTION);
    }

    /** The delivery's document: found by id, which every MongoDB server looks up by its primary index. */
    private static Query key(String recipient, NotificationKind kind, String commentId) {
        return query(where("_id").is(idOf(recipient, kind, commentId)));
    }

    /**
     * The id is derived from the unique key (comment, kind, recipient): a lookup by key is a lookup by id, and an
     * insert for a key already there fails on the id as well as on the unique index.
     */
    static String idOf(String recipient, NotificationKind kind, String commentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((commentId + "|" + kind.name() + "|" + recipient).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String describe(Exception failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
