package io.commentmod.moderation.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import io.commentmod.kit.mongo.NewDocuments;

/** Reads and creates cases. Changes to existing cases are conditional updates owned by the feature making them. */
@Component
public class Cases {

    private final MongoTemplate mongo;

    Cases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ModerationCase> find(String commentId) {
        return Optional.ofNullable(mongo.findById(commentId, ModerationCase.class));
    }

    /** The case, or a 404 problem for the API. */
    public ModerationCase get(String commentId) {
        return find(commentId).orElseThrow(() -> notFound(commentId));
    }

    public boolean exists(String commentId) {
        return mongo.exists(query(where(ModerationCase.Fields.ID).is(commentId)), ModerationCase.class);
    }

    /**
     * Stores a new case unless one exists for the comment. The comment id is the document id, so of two concurrent
     * inserts (a redelivery racing the first delivery, or two instances) exactly one succeeds.
     *
     * @return false when a case for this comment already existed
     */
    public boolean insertIfAbsent(ModerationCase moderationCase) {
        try {
            mongo.insert(moderationCase);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Which of these comments already have a case, in one read. */
    public Set<String> existing(Collection<String> commentIds) {
        if (commentIds.isEmpty()) {
            return Set.of();
        }
        Query ids = query(where(ModerationCase.Fields.ID).in(commentIds));
        ids.fields().include(ModerationCase.Fields.ID);
        Set<String> found = new HashSet<>();
        mongo.find(ids, Document.class, ModerationCase.COLLECTION).forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    /**
     * {@link #insertIfAbsent} for many cases in one unordered bulk insert: every case whose comment has none yet is
     * stored even when others in the list lose to an existing case.
     *
     * @return the cases this call stored, in the given order
     */
    public List<ModerationCase> insertAllIfAbsent(List<ModerationCase> newCases) {
        return NewDocuments.insertAbsent(mongo, ModerationCase.class, ModerationCase.COLLECTION, newCases);
    }

    public static ResponseStatusException notFound(String commentId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No moderation case for comment " + commentId + ".");
    }
}
