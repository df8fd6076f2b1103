package io.commentmod.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.notification.recipients.NotificationKind;

/**
 * The record of every email, and the lock that makes each one go out at most once.
 * <p>
 * A delivery is claimed by inserting it as SENDING before anything is sent. The unique index on
 * (commentId, kind, recipient) makes the insert fail for a redelivered event or a second instance, which then sends
 * nothing. Only a FAILED delivery can be claimed again, by a conditional update that one caller wins. A crash between
 * the claim and the send leaves SENDING behind: that email may be lost, but it is never sent twice.
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

    DeliveryLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Created before the listeners start: without the unique index a redelivery could send twice. */
    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("commentId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC)
                .on("recipient", Sort.Direction.ASC).unique().named(UNIQUE_INDEX));
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                .named("recipient_newest_first"));
    }

    /** What the caller may do after trying to claim a delivery. */
    enum Claim {
        /** First time: send it. */
        CLAIMED,
        /** A FAILED delivery was taken over: send it again. */
        RECLAIMED,
        /** Sent, or in flight elsewhere, or lost in a crash mid-send: do not send. */
        TAKEN
    }

    Claim claim(String recipient, NotificationKind kind, String commentId, String articleId, String eventId,
            String subject) {
        Instant now = now();
        try {
            mongo.insert(new Delivery(null, recipient, kind, commentId, articleId, eventId, subject,
                    DeliveryStatus.SENDING, 1, now, null, null), COLLECTION);
            return Claim.CLAIMED;
        } catch (DuplicateKeyException alreadyThere) {
            Delivery reclaimed = mongo.findAndModify(
                    key(recipient, kind, commentId).addCriteria(where("status").is(DeliveryStatus.FAILED)),
                    new Update().set("status", DeliveryStatus.SENDING).inc("attempts", 1).set("eventId", eventId)
                            .set("subject", subject),
                    FindAndModifyOptions.options().returnNew(true), Delivery.class, COLLECTION);
            return reclaimed == null ? Claim.TAKEN : Claim.RECLAIMED;
        }
    }

    void markSent(String recipient, NotificationKind kind, String commentId) {
        mongo.updateFirst(key(recipient, kind, commentId).addCriteria(where("status").is(DeliveryStatus.SENDING)),
                new Update().set("status", DeliveryStatus.SENT).set("sentAt", now()).unset("lastError"),
                COLLECTION);
    }

    void markFailed(String recipient, NotificationKind kind, String commentId, Exception failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        mongo.updateFirst(key(recipient, kind, commentId).addCriteria(where("status").is(DeliveryStatus.SENDING)),
                new Update().set("status", DeliveryStatus.FAILED)
                        .set("lastError", error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error),
                COLLECTION);
    }

    List<Delivery> findByRecipient(String recipient) {
        Query query = query(where("recipient").is(recipient))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(LIST_LIMIT);
        return mongo.find(query, Delivery.class, COLLECTION);
    }

    private static Query key(String recipient, NotificationKind kind, String commentId) {
        return query(where("commentId").is(commentId).and("kind").is(kind).and("recipient").is(recipient));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
