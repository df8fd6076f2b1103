package io.commentmod.notification.deadletters;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code dead_letters} collection: what the admin API lists and replays. */
@Component
class DeadLetters {

    static final String COLLECTION = "dead_letters";
    static final int LIST_LIMIT = 200;
    private static final int ERROR_MAX = 1000;

    private final MongoTemplate mongo;
    private final Clock clock;

    DeadLetters(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** False when this record was stored before (the listener read it again after a restart). */
    boolean add(DeadLetter letter) {
        try {
            mongo.insert(letter, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    List<DeadLetter> list(DeadLetter.Status status) {
        Query query = status == null ? new Query() : query(where("status").is(status));
        return mongo.find(query.with(Sort.by(Sort.Order.desc("deadLetteredAt"), Sort.Order.desc("_id")))
                .limit(LIST_LIMIT), DeadLetter.class, COLLECTION);
    }

    Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeadLetter.class, COLLECTION));
    }

    void markReplayed(String id, String by) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("status", DeadLetter.Status.REPLAYED)
                .inc("replayAttempts", 1).set("replayedAt", now()).set("replayedBy", by).unset("lastReplayError"),
                COLLECTION);
    }

    void markReplayFailed(String id, String error) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().inc("replayAttempts", 1)
                .set("lastReplayError", error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error),
                COLLECTION);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
