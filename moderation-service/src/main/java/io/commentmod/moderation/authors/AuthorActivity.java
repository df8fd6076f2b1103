package io.commentmod.moderation.authors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;

/**
 * What the history rules need to know about an author and a text, kept as one document each so that moderating a
 * comment reads two documents by id instead of counting cases: {@code author_activity} {@code {_id: authorKey,
 * statuses: {PUBLISHED: n, HELD: n, REJECTED: n}, recent: [postedAt, ...]}} and {@code text_activity}
 * {@code {_id: textKey, postedAt: [...]}}.
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
    public void recordNewComment(String authorKey, String textKey, Instant postedAt, CommentStatus status) {
        Date at = Date.from(postedAt);
        if (authorKey != null) {
            mongo.upsert(query(where("_id").is(authorKey)), new Update().inc("statuses." + status.name(), 1)
                    .push("recent").slice(-RECENT_KEPT).each(at), AUTHORS);
        }
        if (textKey != null) {
            mongo.upsert(query(where("_id").is(textKey)), new Update().push("postedAt").slice(-TEXT_KEPT).each(at),
                    TEXTS);
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
        Document found = authorKey == null ? null : mongo.findById(authorKey, Document.class, AUTHORS);
        if (found == null) {
            return new Author(0, 0, 0, List.of());
        }
        Document statuses = found.get("statuses", Document.class);
        return new Author(count(statuses, CommentStatus.PUBLISHED), count(statuses, CommentStatus.HELD),
                count(statuses, CommentStatus.REJECTED), instants(found, "recent"));
    }

    /** When the same text (by its key) was posted before, newest last. */
    public List<Instant> textPostings(String textKey) {
        Document found = textKey == null ? null : mongo.findById(textKey, Document.class, TEXTS);
        return found == null ? List.of() : instants(found, "postedAt");
    }

    private static int count(Document statuses, CommentStatus status) {
        Number n = statuses == null ? null : statuses.get(status.name(), Number.class);
        return n == null ? 0 : Math.max(0, n.intValue());
    }

    private static List<Instant> instants(Document document, String field) {
        List<Date> dates = document.getList(field, Date.class);
        return dates == null ? List.of() : dates.stream().map(Date::toInstant).toList();
    }

    /** An author's comments by status, and when they posted recently. */
    public record Author(int published, int held, int rejected, List<Instant> recent) {

        public int postedBetween(Instant from, Instant to) {
            return (int) recent.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).count();
        }
    }
}
