package io.commentmod.moderation.queue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.moderation.ModerationProperties;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.QueueName;

/** Reads the queue: held and reported cases, URGENT before HIGH before NORMAL before LOW, then oldest first. */
@Component
public class ModerationQueue {

    /** Reason code shown for a case that is in the queue because readers reported it. */
    static final String REPORT_REASON = "reader.report";

    private static final String ELLIPSIS = "\u2026";

    private final MongoTemplate mongo;
    private final int excerptLength;

    ModerationQueue(MongoTemplate mongo, ModerationProperties properties) {
        this.mongo = mongo;
        this.excerptLength = properties.excerptLength();
    }

    public QueuePage page(int page, int size) {
        Query waiting = query(where(ModerationCase.Fields.QUEUE)
                .in(Arrays.stream(QueueName.values()).map(Enum::name).toList()));
        long total = mongo.count(waiting, ModerationCase.class);
        waiting.with(Sort.by(Sort.Order.asc(ModerationCase.Fields.PRIORITY_RANK),
                Sort.Order.asc(ModerationCase.Fields.SINCE), Sort.Order.asc(ModerationCase.Fields.ID)))
                .skip((long) page * size)
                .limit(size);
        waiting.fields().exclude(ModerationCase.Fields.OUTBOX, ModerationCase.Fields.HISTORY);
        List<QueuePage.Item> items = mongo.find(waiting, ModerationCase.class).stream().map(this::item).toList();
        return new QueuePage(items, page, size, total);
    }

    private QueuePage.Item item(ModerationCase c) {
        List<String> reasons = new ArrayList<>(c.signals().stream().map(ModerationCase.RuleHit::ruleId).distinct()
                .toList());
        if (c.queue() == QueueName.REPORTED) {
            reasons.add(REPORT_REASON);
        }
        ModerationCase.CommentSnapshot comment = c.comment();
        String authorName = comment.author() == null ? null : comment.author().name();
        return new QueuePage.Item(c.commentId(), comment.articleId(), new QueuePage.Author(authorName),
                excerpt(comment.body(), excerptLength), c.status(), c.priority(), c.queue(), List.copyOf(reasons),
                c.reportCount(), c.since());
    }

    /** The start of the body on one line, cut at a word boundary where there is one. */
    static String excerpt(String body, int length) {
        if (body == null) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        if (cut < length / 2) {
            cut = length;
        }
        return flat.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
