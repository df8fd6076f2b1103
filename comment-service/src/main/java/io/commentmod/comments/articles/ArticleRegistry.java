package io.commentmod.comments.articles;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import io.commentmod.contracts.Person;

/** The articles the website has registered. Other features look articles up here; only the API changes them. */
@Service
public class ArticleRegistry {

    /** How long ingest may use an article it read; a therapist changed on another instance shows after this. */
    static final Duration RECENT = Duration.ofSeconds(5);
    private static final int RECENT_CAPACITY = 10_000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    public ArticleRegistry(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<ArticleDocument> find(String articleId) {
        return Optional.ofNullable(mongo.findById(articleId, ArticleDocument.class, ArticleDocument.COLLECTION));
    }

    /**
     * The article as read at most {@link #RECENT} ago. Every comment names its article, and a busy article takes
     * many comments a second: one read of it per few seconds instead of one per comment. Unknown ids are not
     * remembered, so an article registered a moment ago is found at once. While the store cannot be read, the last
     * known version is used.
     */
    public Optional<ArticleDocument> findRecent(String articleId) {
        Instant now = clock.instant();
        Recent known = recent.get(articleId);
        if (known != null && known.readAt().plus(RECENT).isAfter(now)) {
            return Optional.of(known.article());
        }
        Optional<ArticleDocument> found;
        try {
            found = find(articleId);
        } catch (DataAccessException storeUnavailable) {
            if (known == null) {
                throw storeUnavailable;
            }
            // comments keep being accepted while MongoDB is away; an article's title or therapist rarely changes
            return Optional.of(known.article());
        }
        found.ifPresent(article -> remember(article, now));
        return found;
    }

    private void remember(ArticleDocument article, Instant readAt) {
        if (recent.size() >= RECENT_CAPACITY) {
            recent.clear();
        }
        recent.put(article.id(), new Recent(article, readAt));
    }

    private record Recent(ArticleDocument article, Instant readAt) {
    }

    /**
     * Creates or replaces an article in one upsert, so two registrations of the same new article cannot both
     * create it.
     */
    Registration register(String articleId, String title, String url, Person therapist) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Update update = new Update().set("title", title).set("url", url).set("therapist", therapist)
                .set("updatedAt", now).setOnInsert("createdAt", now);
        boolean created;
        try {
            created = upsert(articleId, update);
        } catch (DuplicateKeyException raceWithConcurrentCreate) {
            // Another request created it between our match and insert; the retry matches and updates it.
            created = upsert(articleId, update);
        }
        ArticleDocument article = find(articleId)
                .orElseThrow(() -> new IllegalStateException("Article " + articleId + " vanished after its upsert"));
        remember(article, clock.instant());
        return new Registration(article, created);
    }

    private boolean upsert(String articleId, Update update) {
        return mongo.upsert(query(where("_id").is(articleId)), update, ArticleDocument.COLLECTION)
                .getUpsertedId() != null;
    }

    record Registration(ArticleDocument article, boolean created) {
    }
}
