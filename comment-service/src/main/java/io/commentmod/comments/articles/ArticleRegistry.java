package io.commentmod.comments.articles;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import io.commentmod.contracts.Person;

/** The articles the website has registered. Other features look articles up here; only the API changes them. */
@Service
public class ArticleRegistry {

    private final MongoTemplate mongo;
    private final Clock clock;

    public ArticleRegistry(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<ArticleDocument> find(String articleId) {
        return Optional.ofNullable(mongo.findById(articleId, ArticleDocument.class, ArticleDocument.COLLECTION));
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
        return new Registration(article, created);
    }

    private boolean upsert(String articleId, Update update) {
        return mongo.upsert(query(where("_id").is(articleId)), update, ArticleDocument.COLLECTION)
                .getUpsertedId() != null;
    }

    record Registration(ArticleDocument article, boolean created) {
    }
}
