package io.commentmod.moderation.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.engine.EngineSettings;

/** The versions of the engine settings in MongoDB: append-only, the newest number is active. */
@Component
public class RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    /** Who seeded the first version. */
    static final String SYSTEM = "system";

    private static final int SAVE_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Clock clock;

    RuleSets(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Stores {@link EngineSettings#defaults()} as {@code rules-1} when there is no version yet. Idempotent and safe
     * when several instances start at once: the unique number lets exactly one insert win.
     */
    void seedDefaults() {
        if (newestNumber() > 0) {
            return;
        }
        try {
            mongo.insert(new RuleSet(RuleSet.versionOf(1), 1, EngineSettings.defaults().withVersion(RuleSet.versionOf(1)),
                    now(), SYSTEM));
            log.info("Seeded the default engine settings as {}", RuleSet.versionOf(1));
        } catch (DuplicateKeyException e) {
            log.debug("Another instance seeded the engine settings first");
        }
    }

    /** The number of the newest version, 0 when there is none; reads one small indexed field. */
    public long newestNumber() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, RuleSet.NUMBER)).limit(1);
        newest.fields().include(RuleSet.NUMBER).exclude("_id");
        Document found = mongo.findOne(newest, Document.class, RuleSet.COLLECTION);
        return found == null ? 0 : ((Number) found.get(RuleSet.NUMBER)).longValue();
    }

    /** The active version. */
    public RuleSet active() {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, RuleSet.NUMBER)).limit(1);
        RuleSet found = mongo.findOne(newest, RuleSet.class);
        if (found == null) {
            seedDefaults();
            return active();
        }
        return found;
    }

    public Optional<RuleSet> find(String version) {
        return Optional.ofNullable(mongo.findById(version, RuleSet.class));
    }

    /** The versions, newest first. */
    List<RuleSet.Summary> versions(int limit) {
        Query all = new Query().with(Sort.by(Sort.Direction.DESC, RuleSet.NUMBER)).limit(limit);
        all.fields().exclude("settings");
        return mongo.find(all, Document.class, RuleSet.COLLECTION).stream()
                .map(d -> new RuleSet.Summary(d.getString("_id"), ((Number) d.get(RuleSet.NUMBER)).longValue(),
                        d.getDate("createdAt") == null ? null : d.getDate("createdAt").toInstant(),
                        d.getString("createdBy")))
                .toList();
    }

    /**
     * Stores valid settings as the next version and returns it; the version in {@code settings} is replaced. Two
     * admins saving at once get consecutive versions (the loser of the unique number retries with the next one).
     */
    public RuleSet publish(EngineSettings settings, String admin) {
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            long number = newestNumber() + 1;
            String version = RuleSet.versionOf(number);
            RuleSet next = new RuleSet(version, number, settings.withVersion(version), now(), admin);
            try {
                mongo.insert(next);
                log.info("Engine settings {} saved by {}", version, admin);
                return next;
            } catch (DuplicateKeyException e) {
                log.debug("Version {} was taken concurrently; retrying", version);
            }
        }
        throw new IllegalStateException("Could not store a new version of the engine settings after "
                + SAVE_ATTEMPTS + " attempts");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
