package io.commentmod.moderation.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

class ReportIntakeIntegrationTest extends ModerationIntegrationTest {

    private static CommentReported report(String commentId, String reportId, String reason) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new CommentReported(EventMeta.create(CommentReported.TYPE, CommentReported.VERSION, commentId, now),
                commentId, "a-tears", reportId, reason, 1, CommentStatus.PUBLISHED, now);
    }

    private String publishedComment() throws Exception {
        String commentId = newCommentId();
        send(Topics.COMMENT_SUBMITTED, commentId,
                submitted(commentId, "Any therapist who cries in a session should find another job."));
        assertThat(awaitCase(commentId).status()).isEqualTo(CommentStatus.PUBLISHED);
        return commentId;
    }

    private JsonNode queuedItem(String commentId) {
        JsonNode items = moderatorGet("/api/v1/moderation/queue").body().get("items");
        for (JsonNode item : items) {
            if (item.get("commentId").asString().equals(commentId)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aReportedPublishedCommentJoinsTheReportedQueueOnce() throws Exception {
        // Given a published comment
        String commentId = publishedComment();

        // When a reader reports it, and the report is delivered twice
        CommentReported reported = report(commentId, "r-1", "This is hurtful to therapists.");
        send(Topics.COMMENT_REPORTED, commentId, reported);
        send(Topics.COMMENT_REPORTED, commentId, reported);

        // Then it is in the queue as REPORTED, with one report
        await().atMost(Duration.ofSeconds(30)).until(() -> queuedItem(commentId) != null);
        awaitConsumed(Topics.COMMENT_REPORTED);
        JsonNode item = queuedItem(commentId);
        assertThat(item.get("queue").asString()).isEqualTo("REPORTED");
        assertThat(item.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(item.get("reportCount").asInt()).isEqualTo(1);
        assertThat(item.get("reasons").get(0).asString()).isEqualTo("reader.report");
        JsonNode reports = moderatorGet("/api/v1/moderation/cases/" + commentId).body().get("reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("reason").asString()).isEqualTo("This is hurtful to therapists.");
    }

    @Test
    void aCommentWithThreeReportsIsHiddenUntilAModeratorDecides() throws Exception {
        String commentId = publishedComment();
        try (TopicReader reader = verdictReader()) {
            send(Topics.COMMENT_REPORTED, commentId, report(commentId, "r-1", "Rude."));
            send(Topics.COMMENT_REPORTED, commentId, report(commentId, "r-2", "Hurtful."));
            awaitConsumed(Topics.COMMENT_REPORTED);
            assertThat(awaitCase(commentId).status()).as("two reports only queue it").isEqualTo(CommentStatus.PUBLISHED);

            CommentReported third = report(commentId, "r-3", "Mean.");
            send(Topics.COMMENT_REPORTED, commentId, third);

            await().atMost(Duration.ofSeconds(30)).until(() -> awaitCase(commentId).status() == CommentStatus.HELD);
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 2);
            CommentModerated hidden = verdicts(reader, commentId).get(1);
            assertThat(hidden.decision()).isEqualTo(io.commentmod.contracts.Decision.HOLD);
            assertThat(hidden.revision()).isEqualTo(2);
            assertThat(hidden.decidedBy().kind()).isEqualTo(io.commentmod.contracts.Actor.Kind.SYSTEM);
            assertThat(queuedItem(commentId).get("queue").asString()).isEqualTo("REPORTED");

            // a moderator keeps it; the same report delivered again does not hide it a second time
            assertThat(moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                    "{\"decision\":\"APPROVE\",\"reason\":\"An opinion, within the rules.\"}").status())
                    .isEqualTo(200);
            send(Topics.COMMENT_REPORTED, commentId, third);
            awaitConsumed(Topics.COMMENT_REPORTED);
            ModerationCase kept = awaitCase(commentId);
            assertThat(kept.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(kept.revision()).isEqualTo(3);
        }
    }

    @Test
    void anApprovalClearsTheReportsAndALaterReportBringsTheCaseBack() throws Exception {
        // Given a reported comment
        String commentId = publishedComment();
        send(Topics.COMMENT_REPORTED, commentId, report(commentId, "r-1", "Rude."));
        await().atMost(Duration.ofSeconds(30)).until(() -> queuedItem(commentId) != null);

        // When a moderator keeps it published
        Answer approved = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"Blunt, but an opinion.\"}");

        // Then it leaves the queue, still published, with the decision recorded
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(approved.body().get("revision").asInt()).isEqualTo(2);
        assertThat(queuedItem(commentId)).isNull();

        // When another reader reports it afterwards
        send(Topics.COMMENT_REPORTED, commentId, report(commentId, "r-2", "Still rude."));

        // Then it is back in the Reported queue
        await().atMost(Duration.ofSeconds(30)).until(() -> queuedItem(commentId) != null);
        assertThat(queuedItem(commentId).get("reportCount").asInt()).isEqualTo(2);
    }
}
