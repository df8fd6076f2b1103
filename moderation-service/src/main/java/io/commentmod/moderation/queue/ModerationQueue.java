package io.commentmod.moderation.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.kit.web.FieldRejectedException;
import io.commentmod.moderation.ModerationProperties;
import io.commentmod.moderation.cases.Excerpts;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;
import io.commentmod.moderation.cases.QueueName;
import io.commentmod.moderation.authors.AuthorKeys;

/**
 * Reads the queues. Waiting cases come URGENT before HIGH before NORMAL before LOW, then oldest first; recent
 * decisions newest first. Pages are cut with a cursor (the sort key of the last item shown), not an offset, so a page
 * stays where it was while new comments arrive ahead of it: a moderator paging through never sees an item twice or
 * skips one because the list grew meanwhile.
 */
@Component
public class ModerationQueue {

    /** Reason code shown for a case that is in the queue because readers reported it. */
    public static final String REPORT_REASON = "reader.report";

    private final MongoTemplate mongo;
    private final int excerptLength;

    ModerationQueue(MongoTemplate mongo, ModerationProperties properties) {
        this.mongo = mongo;
        this.excerptLength = properties.excerptLength();
    }

    /**
     * One page of a list.
     *
     * @param after the {@link QueuePage#next()} cursor of the page before, or null for the first page; when given,
     *              {@code page} is ignored
     * @param page  for callers without a cursor: how many pages of {@code size} to skip
     */
    public QueuePage page(QueueView view, QueueFilter filter, String after, int page, int size) {
        Criteria criteria = filtered(view, filter);
        long total = mongo.count(Query.query(criteria), ModerationCase.class);
        Query query = Query.query(after == null ? criteria : new Criteria().andOperator(criteria,
                after(view, Cursor.decode(after))));
        query.with(sort(view)).limit(size);
        if (after == null) {
            query.skip((long) page * size);
        }
        query.fields().exclude(Fields.OUTBOX, Fields.HISTORY);
        List<ModerationCase> cases = mongo.find(query, ModerationCase.class);
        List<QueuePage.Item> items = cases.stream().map(this::item).toList();
        String next = cases.size() < size ? null : Cursor.of(view, cases.get(cases.size() - 1)).encode();
        return new QueuePage(view, items, page, size, total, next);
    }

    /** How many cases wait in each list (the console shows them on its tabs). */
    public QueueCounts counts() {
        long held = mongo.count(Query.query(where(Fields.QUEUE).is(QueueName.HELD.name())), ModerationCase.class);
        long reported = mongo.count(Query.query(where(Fields.QUEUE).is(QueueName.REPORTED.name())),
                ModerationCase.class);
        long urgent = mongo.count(Query.query(where(Fields.QUEUE).ne(null).and(Fields.PRIORITY_RANK).is(0)),
                ModerationCase.class);
        return new QueueCounts(held, reported, urgent);
    }

    private static Criteria filtered(QueueView view, QueueFilter filter) {
        Criteria criteria = switch (view) {
            case WAITING -> where(Fields.QUEUE).in(QueueName.HELD.name(), QueueName.REPORTED.name());
            case PENDING -> where(Fields.QUEUE).is(QueueName.HELD.name());
            case REPORTED -> where(Fields.QUEUE).is(QueueName.REPORTED.name());
            case RECENT -> where(Fields.REVIEWED_AT).ne(null);
        };
        if (filter.articleId() != null) {
            criteria = criteria.and("comment.articleId").is(filter.articleId());
        }
        if (filter.authorEmail() != null) {
            criteria = criteria.and(Fields.AUTHOR_KEY).is(AuthorKeys.authorKey(filter.authorEmail()));
        }
        if (filter.reason() != null) {
            criteria = REPORT_REASON.equals(filter.reason()) ? criteria.and(Fields.REPORT_COUNT).gt(0)
                    : criteria.and("signals.ruleId").is(filter.reason());
        }
        if (filter.priority() != null) {
            criteria = criteria.and(Fields.PRIORITY_RANK).is(filter.priority().ordinal());
        }
        return criteria;
    }

    private static Sort sort(QueueView view) {
        return view == QueueView.RECENT
                ? Sort.by(Sort.Order.desc(Fields.REVIEWED_AT), Sort.Order.desc(Fields.ID))
                : Sort.by(Sort.Order.asc(Fields.PRIORITY_RANK), Sort.Order.asc(Fields.SINCE),
                        Sort.Order.asc(Fields.ID));
    }

    /** Everything after the cursor in the view's order. */
    private static Criteria after(QueueView view, Cursor c) {
        if (view == QueueView.RECENT) {
            return new Criteria().orOperator(where(Fields.REVIEWED_AT).lt(c.time()),
                    where(Fields.REVIEWED_AT).is(c.time()).and(Fields.ID).lt(c.id()));
        }
        return new Criteria().orOperator(
                where(Fields.PRIORITY_RANK).gt(c.rank()),
                where(Fields.PRIORITY_RANK).is(c.rank()).and(Fields.SINCE).gt(c.time()),
                where(Fields.PRIORITY_RANK).is(c.rank()).and(Fields.SINCE).is(c.time()).and(Fields.ID).gt(c.id()));
    }

    /** The sort key of the last item of a page, opaque to clients (Base64 of "rank|epoch millis|comment id"). */
    record Cursor(int rank, Instant time, String id) {

        static Cursor of(QueueView view, ModerationCase last) {
            Instant time = view == QueueView.RECENT ? last.reviewedAt() : last.since();
            return new Cursor(last.priorityRank(), time, last.commentId());
        }

        String encode() {
            String plain = rank + "|" + time.toEpochMilli() + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8)
                        .split("\\|", 3);
                return new Cursor(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                        parts[2]);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new FieldRejectedException("after", "is not a cursor this API gave out");
            }
        }
    }

    private QueuePage.Item item(ModerationCase c) {
        List<String> reasons = new ArrayList<>(c.signals().stream().map(ModerationCase.RuleHit::ruleId).distinct()
                .toList());
        if (c.queue() == QueueName.REPORTED || c.reportCount() > 0) {
            reasons.add(REPORT_REASON);
        }
        ModerationCase.CommentSnapshot comment = c.comment();
        String authorName = comment.author() == null ? null : comment.author().name();
        return new QueuePage.Item(c.commentId(), comment.articleId(), new QueuePage.Author(authorName),
                Excerpts.of(comment.body(), excerptLength), c.status(), c.priority(), c.queue(), List.copyOf(reasons),
                c.reportCount(), c.since(), c.reviewedAt());
    }
}
