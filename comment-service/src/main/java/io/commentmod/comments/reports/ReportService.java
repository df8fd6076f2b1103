package io.commentmod.comments.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import io.commentmod.comments.CommentServiceProperties;
import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentDocument.Fields;
import io.commentmod.comments.comment.CommentOutbox;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.EventMeta;
import io.commentmod.kit.outbox.OutboxEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records a reader's report on a published comment and tells moderation about it, in one update of the comment:
 * the count, the report and the {@link CommentReported} event.
 */
@Service
class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    /** Concurrent reports on one comment race on its count; each loser re-reads and tries again. */
    private static final int MAX_ATTEMPTS = 5;

    private final CommentStore comments;
    private final CommentOutbox outbox;
    private final Clock clock;
    private final int reportsKept;
    private final Counter reported;

    ReportService(CommentStore comments, CommentOutbox outbox, Clock clock, CommentServiceProperties properties,
            MeterRegistry meters) {
        this.comments = comments;
        this.outbox = outbox;
        this.clock = clock;
        this.reportsKept = properties.reportsKept();
        this.reported = Counter.builder("comments.reported").description("Reader reports recorded on comments")
                .register(meters);
    }

    /**
     * @return the report's id, or empty when there is no published comment with this id (held and rejected
     *         comments answer exactly like unknown ones, so a report cannot reveal that they exist)
     */
    Optional<String> report(String commentId, String reason) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<CommentStore.Summary> target = comments.findSummary(commentId)
                    .filter(comment -> comment.status() == CommentStatus.PUBLISHED);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            CommentStore.Summary comment = target.get();
            String reportId = UUID.randomUUID().toString();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            int count = comment.reportCount() + 1;
            CommentReported event = new CommentReported(
                    EventMeta.create(CommentReported.TYPE, CommentReported.VERSION, commentId, now), commentId,
                    comment.articleId(), reportId, reason, count, CommentStatus.PUBLISHED, now);
            OutboxEntry entry = OutboxEntry.of(event);
            Update update = new Update().inc(Fields.REPORT_COUNT, 1)
                    .push(Fields.OUTBOX, entry);
            update.push(Fields.REPORTS).slice(-reportsKept).each(new CommentDocument.Report(reportId, reason, now));
            // The expected count makes the event's reportCount exact; the status re-check closes the window in
            // which a verdict could have taken the comment down since we read it.
            boolean recorded = comments.updateIf(commentId, where(Fields.STATUS).is(CommentStatus.PUBLISHED)
                    .and(Fields.REPORT_COUNT).is(comment.reportCount()), update);
            if (recorded) {
                reported.increment();
                log.info("Report {} on comment {} recorded (report #{})", reportId, commentId, count);
                outbox.publish(commentId, entry);
                return Optional.of(reportId);
            }
        }
        throw new IllegalStateException("Comment " + commentId + " kept changing while a report was recorded");
    }
}
