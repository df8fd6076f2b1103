package io.commentmod.moderation.model;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.spammodel.SpamClassifier;

/** Model snapshots in the {@code spam_models} collection; the newest wins. */
@Component
public class ModelStore {

    private static final Logger log = LoggerFactory.getLogger(ModelStore.class);

    /**
     * A document may hold 16 MB; a model with the default 2^16 buckets is at most about 720 KB. A larger model
     * (more hash bits) is not saved but logged, so the limit shows up instead of failing every snapshot.
     */
    static final int MAX_BYTES = 15 * 1024 * 1024;

    private final MongoTemplate mongo;
    private final Clock clock;

    ModelStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The newest snapshot, or empty when no model was ever saved. */
    public Optional<SpamClassifier> newest() {
        return newestStored().map(stored -> SpamClassifier.fromBytes(stored.bytes()));
    }

    /** The newest snapshot's version, or empty. */
    public Optional<String> newestVersion() {
        return newestStored().map(StoredModel::version);
    }

    private Optional<StoredModel> newestStored() {
        Query newest = new Query().with(Sort.by(Sort.Order.desc(StoredModel.CREATED_AT), Sort.Order.desc("_id")))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(newest, StoredModel.class));
    }

    /**
     * Saves a snapshot of the classifier as it is now.
     *
     * @return false when it was too large to save
     */
    public boolean save(SpamClassifier classifier, String source) {
        byte[] bytes = classifier.toBytes();
        if (bytes.length > MAX_BYTES) {
            log.warn("Model {} is {} bytes, more than a snapshot may hold ({}); not saved", classifier.version(),
                    bytes.length, MAX_BYTES);
            return false;
        }
        // The version written into the bytes, which may be older than classifier.version() by now if a decision
        // was learned meanwhile; reading the bytes back also proves they load.
        SpamClassifier saved = SpamClassifier.fromBytes(bytes);
        String version = saved.version();
        try {
            mongo.insert(new StoredModel(version, bytes, saved.updates(), source,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            log.info("Saved model {} ({} bytes, from {})", version, bytes.length, source);
        } catch (DuplicateKeyException e) {
            log.debug("Model {} was already saved", version);
        }
        return true;
    }
}
