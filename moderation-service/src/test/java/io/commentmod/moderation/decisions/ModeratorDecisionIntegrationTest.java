package io.commentmod.moderation.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

class ModeratorDecisionIntegrationTest extends ModerationIntegrationTest {

    private static final String RECRUITING = "I am conducting a research project on therapists' tears and would "
            + "like to interview anyone who has cried with their therapist. Please contact me if interested.";

    @Autowired
    MeterRegistry meters;

    private String heldComment() throws Exception {
        String commentId = newCommentId();
        send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, RECRUITING));
        assertThat(awaitCase(commentId).status()).isEqualTo(CommentStatus.HELD);
        return commentId;
    }

    private double moderatorVerdicts(Decision decision) {
        return meters.get("comments.verdicts").tag("decision", decision.name()).tag("actor", "MODERATOR").counter()
                .count();
    }

    @Test
    void aModeratorApprovalPublishesRevisionTwoAndLeavesTheQueue() throws Exception {
        // Given a held recruitment message
        String commentId = heldComment();
        double approvalsBefore = moderatorVerdicts(Decision.PUBLISH);
        try (TopicReader reader = verdictReader()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 1);

            // When a moderator approves it
            Answer answer = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                    "{\"decision\":\"APPROVE\",\"reason\":\"A legitimate study approved by an ethics board.\"}");

            // Then the updated case comes back
            assertThat(answer.status()).isEqualTo(200);
            JsonNode body = answer.body();
            assertThat(body.get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(body.get("revision").asInt()).isEqualTo(2);
            assertThat(body.get("history")).hasSize(2);
            JsonNode decided = body.get("history").get(1);
            assertThat(decided.get("actor").get("kind").asString()).isEqualTo("MODERATOR");
            assertThat(decided.get("actor").get("id").asString()).isEqualTo(MODERATOR);
            assertThat(decided.get("note").asString()).isEqualTo("A legitimate study approved by an ethics board.");

            // And a second verdict, revision 2, is published in the moderator's name
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 2);
            CommentModerated verdict = verdicts(reader, commentId).get(1);
            assertThat(verdict.revision()).isEqualTo(2);
            assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
            assertThat(verdict.decidedBy()).isEqualTo(Actor.moderator(MODERATOR));
            assertThat(verdict.note()).isEqualTo("A legitimate study approved by an ethics board.");
            assertThat(verdict.rulesVersion()).isEqualTo(awaitCase(commentId).rulesVersion()).matches("rules-\\d+");
        }

        // And the case has left the queue, and the decision was counted
        assertThat(moderatorGet("/api/v1/moderation/queue").body().get("totalItems").asInt()).isZero();
        ModerationCase stored = awaitCase(commentId);
        assertThat(stored.queue()).isNull();
        assertThat(stored.reviewedAt()).isNotNull();
        assertThat(moderatorVerdicts(Decision.PUBLISH)).isEqualTo(approvalsBefore + 1);
    }

    @Test
    void aDecisionOnARevisionThatMovedOnIsAConflict() throws Exception {
        // Given a case another moderator has already rejected
        String commentId = heldComment();
        assertThat(moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"Recruiting is not allowed here.\",\"expectedRevision\":1}")
                .status()).isEqualTo(200);

        // When a moderator who still saw revision 1 approves it
        Answer answer = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"Looks fine to me.\",\"expectedRevision\":1}");

        // Then the decision is refused and the first one stands
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        ModerationCase stored = awaitCase(commentId);
        assertThat(stored.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(stored.revision()).isEqualTo(2);
    }

    @Test
    void theRunningServiceNamesTheInvalidFieldsOfADecision() throws Exception {
        String commentId = heldComment();

        Answer unknown = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"MAYBE\",\"reason\":\"unsure\"}");
        Answer noReason = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"REJECT\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("decision");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(awaitCase(commentId).revision()).isEqualTo(1);
    }

    @Test
    void theRunningServiceNamesAnInvalidPageSize() {
        Answer answer = moderatorGet("/api/v1/moderation/queue?size=500");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void aDecisionOnAnUnknownCaseIsNotFound() {
        Answer answer = moderatorPost("/api/v1/moderation/cases/no-such-comment/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"spam\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
