package io.commentmod.moderation.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;
import io.commentmod.moderation.cases.QueueName;

/**
 * Puts reported published comments in front of a moderator. Both steps are idempotent, so a redelivered report
 * changes nothing and a crash between them is repaired by the redelivery:
 * <ol>
 * <li>the report is added once per report id;</li>
 * <li>a published case that is in no queue enters the Reported queue, unless a moderator reviewed it after this
 * report was made (an approval clears the reports up to then; a newer report brings the case back).</li>
 * </ol>
 */
@Component
class ReportIntake {

    private static final Logger log = LoggerFactory.getLogger(ReportIntake.class);

    private final Cases cases;
    private final MongoTemplate mongo;
    private final Clock clock;

    ReportIntake(Cases cases, MongoTemplate mongo, Clock clock) {
        this.cases = cases;
        this.mongo = mongo;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.COMMENT_REPORTED, groupId = "moderation-service")
    void onCommentReported(CommentReported reported) {
        String commentId = reported.commentId();
        Instant reportedAt = (reported.reportedAt() != null ? reported.reportedAt() : clock.instant())
                .truncatedTo(ChronoUnit.MILLIS);
        String reportId = reported.reportId() != null ? reported.reportId() : reported.meta().id();

        long added = mongo.updateFirst(
                query(where(Fields.ID).is(commentId).and(Fields.REPORT_ID).ne(reportId)),
                new Update().push(Fields.REPORTS, new ModerationCase.Report(reportId, reported.reason(), reportedAt))
                        .inc(Fields.REPORT_COUNT, 1),
                ModerationCase.class).getModifiedCount();
        if (added == 0 && !cases.exists(commentId)) {
            // Reports reach only comments that were moderated; a case missing here is a verdict not yet stored.
            // Failing lets the error handler retry with backoff, then park the report on the dead-letter topic.
            throw new IllegalStateException("No moderation case yet for reported comment " + commentId);
        }

        long queued = mongo.updateFirst(
                query(where(Fields.ID).is(commentId)
                        .and(Fields.STATUS).is(CommentStatus.PUBLISHED.name())
                        .and(Fields.QUEUE).isNull()
                        .orOperator(where(Fields.REVIEWED_AT).isNull(), where(Fields.REVIEWED_AT).lt(reportedAt))),
                new Update().set(Fields.QUEUE, QueueName.REPORTED.name()).set(Fields.SINCE, reportedAt),
                ModerationCase.class).getModifiedCount();
        log.info("Report {} on comment {}: {}, {}", reportId, commentId, added > 0 ? "recorded" : "already known",
                queued > 0 ? "queued for review" : "queue unchanged");
    }
}
