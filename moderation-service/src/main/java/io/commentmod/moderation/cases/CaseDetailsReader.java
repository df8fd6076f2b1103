package io.commentmod.moderation.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.moderation.cases.ModerationCase.Fields;
import io.commentmod.moderation.authors.AuthorStanding;

/** Puts a case together with what surrounds it (see {@link CaseDetails}). */
@Component
public class CaseDetailsReader {

    static final int RECENT_COMMENTS = 5;
    private static final int EXCERPT = 120;

    private final Cases cases;
    private final MongoTemplate mongo;

    CaseDetailsReader(Cases cases, MongoTemplate mongo) {
        this.cases = cases;
        this.mongo = mongo;
    }

    public CaseDetails details(String commentId) {
        ModerationCase c = cases.get(commentId);
        return new CaseDetails(CaseView.of(c), highlights(c), authorRecord(c), parent(c));
    }

    /**
     * Each signal's evidence located in the body, first occurrence, overlaps kept apart: the console marks them. The
     * evidence is the original text the rule matched, so it is found as written.
     */
    static List<CaseDetails.Highlight> highlights(ModerationCase c) {
        String body = c.comment() == null || c.comment().body() == null ? "" : c.comment().body();
        List<CaseDetails.Highlight> found = new ArrayList<>();
        for (ModerationCase.RuleHit hit : c.signals()) {
            String evidence = hit.evidence();
            if (evidence == null || evidence.isBlank()) {
                continue;
            }
            int at = body.indexOf(evidence);
            if (at >= 0 && found.stream().noneMatch(h -> h.start() < at + evidence.length() && at < h.end())) {
                found.add(new CaseDetails.Highlight(at, at + evidence.length(), hit.ruleId()));
            }
        }
        found.sort(Comparator.comparingInt(CaseDetails.Highlight::start));
        return found;
    }

    private CaseDetails.AuthorRecord authorRecord(ModerationCase c) {
        if (c.authorKey() == null) {
            return null;
        }
        Query latest = query(where(Fields.AUTHOR_KEY).is(c.authorKey()).and(Fields.ID).ne(c.commentId()))
                .with(Sort.by(Sort.Order.desc(Fields.POSTED_AT))).limit(RECENT_COMMENTS);
        latest.fields().exclude(Fields.OUTBOX, Fields.HISTORY);
        List<CaseDetails.RecentComment> recent = mongo.find(latest, ModerationCase.class).stream()
                .map(r -> new CaseDetails.RecentComment(r.commentId(), r.comment().articleId(),
                        Excerpts.of(r.comment().body(), EXCERPT), r.status(), r.postedAt()))
                .toList();
        AuthorStanding standing = mongo.findById(c.authorKey(), AuthorStanding.class);
        return new CaseDetails.AuthorRecord(count(c.authorKey(), CommentStatus.PUBLISHED),
                count(c.authorKey(), CommentStatus.HELD), count(c.authorKey(), CommentStatus.REJECTED),
                standing != null && standing.blocked(), standing != null && standing.trusted(), recent);
    }

    private long count(String authorKey, CommentStatus status) {
        return mongo.count(query(where(Fields.AUTHOR_KEY).is(authorKey).and(Fields.STATUS).is(status.name())),
                ModerationCase.class);
    }

    private CaseDetails.ParentComment parent(ModerationCase c) {
        String parentId = c.comment() == null ? null : c.comment().parentId();
        if (parentId == null) {
            return null;
        }
        return cases.find(parentId)
                .map(p -> new CaseDetails.ParentComment(p.commentId(),
                        p.comment().author() == null ? null : p.comment().author().name(), p.comment().body(),
                        p.status()))
                .orElse(new CaseDetails.ParentComment(parentId, null, null, null));
    }
}
