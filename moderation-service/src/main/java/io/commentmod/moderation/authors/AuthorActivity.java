package io.commentmod.moderation.authors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;

/**
 * What the history rules need to know about an author and a text, kept as one document each so that moderating a
 * comment reads two documents by id instead of counting cases: {@code author_activity} {@code {_id: authorKey,
 * statuses: {PUBLISHED: n, HELD: n, REJECTED: n}, recent: [postedAt, ...]}} and {@code text_activity}
 * {@code {_id: textKey, postedAt: [...]}}. Intake reads them for a whole poll of comments at once.
 * <p>
 * Why not count the cases: a count needs a secondary index to be cheap, and the embedded MongoDB server builds none
 * (it ignores secondary indexes), so every count read the whole collection and moderation slowed down with every
 * comment stored. Lookups by id are cheap on every server. All writes are atomic single-document upserts
 * ({@code $inc}, {@code $push} with {@code $slice}), so N instances keep the same numbers.
 */
@Component
public class AuthorActivity {

    public static final String AUTHORS = "author_activity";
    public static final String TEXTS = "text_activity";
    /** Postings kept per author: more than any flood window's threshold. */
    static final int RECENT_KEPT = 100;
    /** Postings kept per text: more than the duplicate rule's threshold. */
    static final int TEXT_KEPT = 50;

    private final MongoTemplate mongo;

    public AuthorActivity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A case was created with this status. Keys may be null (no author address, nothing to count in the text). */
    public record NewComment(String authorKey, String textKey, Instant postedAt, CommentStatus status) {
    }

    /**
     * Counts new cases, in order, in one ordered bulk write per collection: a poll of comments costs two round trips
     * whatever its size. Each write is still an atomic single-document upsert, so instances writing at the same time
     * add up correctly.
     */
    public void recordNewComments(List<NewComment> comments) {
        BulkOperations authors = null;
        BulkOperations texts = null;
        for (NewComment comment : comments) {
            Date at = Date.from(comment.postedAt());
            if (comment.authorKey() != null) {
                authors = authors != null ? authors : mongo.bulkOps(BulkOperations.BulkMode.ORDERED, AUTHORS);
                authors.upsert(query(where("_id").is(comment.authorKey())),
                        new Update().inc("statuses." + comment.status().name(), 1).push("recent").slice(-RECENT_KEPT)
                                .each(at));
            }
            if (comment.textKey() != null) {
                texts = texts != null ? texts : mongo.bulkOps(BulkOperations.BulkMode.ORDERED, TEXTS);
                texts.upsert(query(where("_id").is(comment.textKey())),
                        new Update().push("postedAt").slice(-TEXT_KEPT).each(at));
            }
        }
        if (authors != null) {
            authors.execute();
        }
        if (texts != null) {
            texts.execute();
        }
    }

    /** A decision moved one of the author's comments from one status to another. */
    public void recordStatusChange(String authorKey, CommentStatus from, CommentStatus to) {
        if (authorKey == null || from == to) {
            return;
        }
        mongo.upsert(query(where("_id").is(authorKey)),
                new Update().inc("statuses." + from.name(), -1).inc("statuses." + to.name(), 1), AUTHORS);
    }

    public Author author(String authorKey) {
        return authorKey == null ? Author.NONE : authors(List.of(authorKey)).getOrDefault(authorKey, Author.NONE);
    }

    /** The stored activity of these authors, in one read; an author never seen is missing from the map. */
    public Map<String, Author> authors(Collection<String> authorKeys) {
        Map<String, Author> found = new HashMap<>();
        for (Document document : byIds(authorKeys, AUTHORS)) {
            Document statuses = document.get("statuses", Document.class);
            found.put(document.getString("_id"), new Author(count(statuses, CommentStatus.PUBLISHED),
                    count(statuses, CommentStatus.HELD), count(statuses, CommentStatus.REJECTED),
                    instants(document, "recent")));
        }
        return found;
    }

    /** When each of these texts (by key) was posted before, newest last, in one read; a new text is missing. */
    public Map<String, List<Instant>> textPostings(Collection<String> textKeys) {
        Map<String, List<Instant>> found = new HashMap<>();
        for (Document document : byIds(textKeys, TEXTS)) {
            found.put(document.getString("_id"), instants(document, "postedAt"));
        }
        return found;
    }

    private List<Document> byIds(Collection<String> ids, String collection) {
        return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), Document.class, collection);
    }

    private static int count(Document statuses, CommentStatus status) {
        Number n = statuses == null ? null : statuses.get(status.name(), Number.class);
        return n == null ? 0 : Math.max(0, n.intValue());
    }

    private static List<Instant> instants(Document document, String field) {
        List<Date> dates = document.getList(field, Date.class);
        return dates == null ? List.of() : dates.stream().map(Date::toInstant).toList();
    }

    /** An author's comments by status, and when they posted recently (oldest first). */
    public record Author(int published, int held, int rejected, List<Instant> recent) {

        public static final Author NONE = new Author(0, 0, 0, List.of());

        public int postedBetween(Instant from, Instant to) {
            return (int) recent.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).count();
        }

        /** The same author after one more comment, as {@link #recordNewComments} will count it. */
        public Author withNewComment(CommentStatus status, Instant postedAt) {
            List<Instant> postings = new ArrayList<>(recent);
            postings.add(postedAt);
            return new Author(published + (status == CommentStatus.PUBLISHED ? 1 : 0),
                    held + (status == CommentStatus.HELD ? 1 : 0), rejected + (status == CommentStatus.REJECTED ? 1 : 0),
                    List.copyOf(postings.subList(Math.max(0, postings.size() - RECENT_KEPT), postings.size())));
        }
    }
}
