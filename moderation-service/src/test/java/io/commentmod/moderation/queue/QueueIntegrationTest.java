package io.commentmod.moderation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import tools.jackson.databind.JsonNode;

class QueueIntegrationTest extends ModerationIntegrationTest {

    static final String SOLICITATION = "We are running a survey on how clients feel when a therapist cries and are "
            + "looking for participants. Please contact me through the university if you would like to take part.";
    static final String DISTRESS = "Reading this, I keep thinking about ending my life. Nobody around me knows.";

    @Test
    void aSolicitationIsHeldAndQueuedBehindAnUrgentSafetyCase() throws Exception {
        // Given a recruitment message, moderated first, and then a comment from someone in danger
        String recruiting = newCommentId();
        send(Topics.COMMENT_SUBMITTED, recruiting, submitted(recruiting, SOLICITATION));
        assertThat(awaitCase(recruiting).status()).isEqualTo(CommentStatus.HELD);
        String distress = newCommentId();
        send(Topics.COMMENT_SUBMITTED, distress, submitted(distress, DISTRESS));
        assertThat(awaitCase(distress).status()).isEqualTo(CommentStatus.HELD);
        // and a clean comment that needs no moderator
        String clean = newCommentId();
        send(Topics.COMMENT_SUBMITTED, clean, submitted(clean, "Thank you for answering so kindly."));
        assertThat(awaitCase(clean).status()).isEqualTo(CommentStatus.PUBLISHED);

        // When a moderator opens the queue
        Answer answer = moderatorGet("/api/v1/moderation/queue?page=0&size=20");

        // Then the urgent case comes first although it is newer, and the solicitation right behind it
        assertThat(answer.status()).isEqualTo(200);
        JsonNode items = answer.body().get("items");
        assertThat(answer.body().get("totalItems").asInt()).isEqualTo(2);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("commentId").asString()).isEqualTo(distress);
        assertThat(items.get(0).get("priority").asString()).isEqualTo("URGENT");
        assertThat(items.get(0).get("reasons").get(0).asString()).isEqualTo("safety.self-harm");
        JsonNode held = items.get(1);
        assertThat(held.get("commentId").asString()).isEqualTo(recruiting);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("queue").asString()).isEqualTo("HELD");
        assertThat(held.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(held.get("reasons").get(0).asString()).isEqualTo("promotion.solicitation");
        assertThat(held.get("author").get("name").asString()).isEqualTo("Robin");
        assertThat(held.get("author").has("email")).isFalse();
        assertThat(held.get("excerpt").asString()).startsWith("We are running a survey").endsWith("\u2026");
        assertThat(held.get("since").asString()).isNotBlank();

        // And paging cuts the same order into pages
        JsonNode second = moderatorGet("/api/v1/moderation/queue?page=1&size=1").body();
        assertThat(second.get("items").get(0).get("commentId").asString()).isEqualTo(recruiting);
        assertThat(second.get("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void aCaseShowsTheCommentTheSignalsAndTheHistory() throws Exception {
        String recruiting = newCommentId();
        send(Topics.COMMENT_SUBMITTED, recruiting, submitted(recruiting, SOLICITATION));
        awaitCase(recruiting);

        Answer answer = moderatorGet("/api/v1/moderation/cases/" + recruiting);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.get("comment").get("id").asString()).isEqualTo(recruiting);
        assertThat(body.get("comment").get("author").get("email").asString()).endsWith("@example.org");
        assertThat(body.get("comment").get("body").asString()).isEqualTo(SOLICITATION);
        assertThat(body.get("status").asString()).isEqualTo("HELD");
        assertThat(body.get("rulesVersion").asString()).matches("rules-\\d+");
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        JsonNode signal = body.get("signals").get(0);
        assertThat(signal.get("ruleId").asString()).isEqualTo("promotion.solicitation");
        assertThat(signal.get("evidence").asString()).isEqualTo("Please contact me");
        assertThat(signal.get("score").asDouble()).isPositive();
        assertThat(signal.get("explanation").asString()).isNotBlank();
        assertThat(body.get("history").get(0).get("actor").get("kind").asString()).isEqualTo("AUTOMATIC");
        assertThat(body.has("outbox")).isFalse();
    }

    @Test
    void anUnknownCaseIsNotFoundAsProblemJson() {
        Answer answer = moderatorGet("/api/v1/moderation/cases/no-such-comment");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains("no-such-comment");
    }
}
