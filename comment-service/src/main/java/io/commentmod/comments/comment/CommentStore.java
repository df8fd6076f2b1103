package io.commentmod.comments.comment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import io.commentmod.comments.comment.CommentDocument.Fields;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.kit.mongo.NewDocuments;

/**
 * Reads and writes comment documents. Reads project only what the caller needs: the pending outbox events are
 * never loaded by the API, and the public read path never loads emails nor the text of unpublished comments.
 */
@Repository
public class CommentStore {

    private final MongoTemplate mongo;

    public CommentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Inserts the comments in one round trip; one stored before (a record delivered again) is left untouched: it
     * may have its verdict by now.
     *
     * @return how many were new
     */
    public int insertNew(List<CommentDocument> comments) {
        return NewDocuments.insertAbsent(mongo, CommentDocument.class, CommentDocument.COLLECTION, comments).size();
    }

    /** The whole comment except its outbox. */
    public Optional<CommentDocument> find(String id) {
        Query query = byId(id);
        query.fields().exclude(Fields.OUTBOX);
        return Optional.ofNullable(mongo.findOne(query, CommentDocument.class, CommentDocument.COLLECTION));
    }

    /** Just enough of a comment to decide whether a new comment may reply to it or a reader may report it. */
    public Optional<Summary> findSummary(String id) {
        Query query = byId(id);
        query.fields().include(Fields.ARTICLE_ID, Fields.STATUS, Fields.REPORT_COUNT);
        return Optional.ofNullable(mongo.findOne(query, Summary.class, CommentDocument.COLLECTION));
    }

    /** Published comments of an article, oldest first, without emails. */
    public List<Published> findPublishedOn(String articleId) {
        Query query = query(where(Fields.ARTICLE_ID).is(articleId).and(Fields.STATUS).is(CommentStatus.PUBLISHED))
                .with(Sort.by(Fields.SUBMITTED_AT, Fields.ID));
        query.fields().include(Fields.PARENT_ID, Fields.AUTHOR_NAME, Fields.BODY, Fields.BY_ARTICLE_THERAPIST,
                Fields.SUBMITTED_AT, Fields.PUBLISHED_AT);
        return mongo.find(query, Published.class, CommentDocument.COLLECTION);
    }

    /** Where the given comments sit in their thread (id, parent, status, time) and nothing of their content. */
    public List<Position> findPositions(Collection<String> ids) {
        Query query = query(where(Fields.ID).in(ids));
        query.fields().include(Fields.PARENT_ID, Fields.STATUS, Fields.SUBMITTED_AT);
        return mongo.find(query, Position.class, CommentDocument.COLLECTION);
    }

    /**
     * Applies {@code update} to the comment if it still matches {@code condition}: the single conditional write
     * through which every state change and its outbox event go.
     *
     * @return whether the comment matched and was updated
     */
    public boolean updateIf(String id, Criteria condition, Update update) {
        Query query = query(where(Fields.ID).is(id)).addCriteria(condition);
        return mongo.updateFirst(query, update, CommentDocument.COLLECTION).getMatchedCount() == 1;
    }

    /** These comments (without their outboxes) by id, in one read; ids not stored are missing from the map. */
    public Map<String, CommentDocument> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = query(where(Fields.ID).in(ids));
        query.fields().exclude(Fields.OUTBOX);
        Map<String, CommentDocument> found = new HashMap<>();
        mongo.find(query, CommentDocument.class, CommentDocument.COLLECTION).forEach(c -> found.put(c.id(), c));
        return found;
    }

    /**
     * {@link #updateIf} for many comments in one unordered bulk write.
     *
     * @return how many comments matched their condition and were updated
     */
    public int updateAllIf(List<ConditionalUpdate> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CommentDocument.COLLECTION);
        updates.forEach(u -> bulk.updateOne(query(where(Fields.ID).is(u.id())).addCriteria(u.condition()),
                u.update()));
        return bulk.execute().getMatchedCount();
    }

    /** An update of one comment that applies only while the comment matches the condition. */
    public record ConditionalUpdate(String id, Criteria condition, Update update) {
    }

    /** A comment's article, status and report count. */
    public record Summary(String id, String articleId, CommentStatus status, int reportCount) {
    }

    /** What the public thread shows of a published comment: the author's name only, never the email. */
    public record Published(String id, String parentId, AuthorName author, String body, boolean byArticleTherapist,
            Instant submittedAt, Instant publishedAt) {

        public record AuthorName(String name) {
        }
    }

    /** A comment's place in its thread, without any of its content. */
    public record Position(String id, String parentId, CommentStatus status, Instant submittedAt) {
    }

    private static Query byId(String id) {
        return query(where(Fields.ID).is(id));
    }
}
