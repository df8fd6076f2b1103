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

    private String held(String articleId, String authorEmail, String body) throws Exception {
        String id = newCommentId();
        send(Topics.COMMENT_SUBMITTED, id, submitted(id, articleId, authorEmail, body));
        assertThat(awaitCase(id).status()).isEqualTo(CommentStatus.HELD);
        return id;
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("commentId").asString()));
        return ids;
    }

    @Test
    void pagesStayWhereTheyWereWhileNewCommentsArrive() throws Exception {
        String first = held("a-1", "one@example.org", SOLICITATION);
        String second = held("a-1", "two@example.org", SOLICITATION + " Second post.");
        String third = held("a-1", "three@example.org", SOLICITATION + " Third post.");
        JsonNode pageOne = moderatorGet("/api/v1/moderation/queue?view=PENDING&size=2").body();
        assertThat(ids(pageOne)).containsExactly(first, second);

        // an urgent case jumps ahead of everything, and another held one queues at the end
        String urgent = held("a-1", "four@example.org", DISTRESS);
        String fifth = held("a-1", "five@example.org", SOLICITATION + " Fifth post.");
        JsonNode pageTwo = moderatorGet("/api/v1/moderation/queue?view=PENDING&size=2&after="
                + pageOne.get("next").asString()).body();

        assertThat(ids(pageTwo)).containsExactly(third, fifth);
        assertThat(pageTwo.get("totalItems").asInt()).isEqualTo(5);
        assertThat(ids(moderatorGet("/api/v1/moderation/queue?view=PENDING&size=2").body()))
                .containsExactly(urgent, first);
    }

    @Test
    void filtersNarrowTheQueueByArticleAuthorReasonAndPriority() throws Exception {
        String onA = held("a-filter-1", "sam@example.org", SOLICITATION);
        String onB = held("a-filter-2", "kim@example.org", SOLICITATION + " On another article.");
        String urgent = held("a-filter-2", "sam@example.org", DISTRESS);

        assertThat(ids(moderatorGet("/api/v1/moderation/queue?article=a-filter-1").body())).containsExactly(onA);
        assertThat(ids(moderatorGet("/api/v1/moderation/queue?author=SAM@example.org").body()))
                .containsExactly(urgent, onA);
        assertThat(ids(moderatorGet("/api/v1/moderation/queue?reason=promotion.solicitation").body()))
                .containsExactly(onA, onB);
        assertThat(ids(moderatorGet("/api/v1/moderation/queue?priority=URGENT").body())).containsExactly(urgent);
        JsonNode counts = moderatorGet("/api/v1/moderation/queue/counts").body();
        assertThat(counts.get("pending").asInt()).isEqualTo(3);
        assertThat(counts.get("reported").asInt()).isZero();
        assertThat(counts.get("urgent").asInt()).isEqualTo(1);
    }

    @Test
    void recentDecisionsComeNewestFirst() throws Exception {
        String older = held("a-recent", "one@example.org", SOLICITATION);
        String newer = held("a-recent", "two@example.org", SOLICITATION + " Again.");
        assertThat(moderatorPost("/api/v1/moderation/cases/" + older + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"a genuine study\"}").status()).isEqualTo(200);
        assertThat(moderatorPost("/api/v1/moderation/cases/" + newer + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"advertising\"}").status()).isEqualTo(200);

        JsonNode recent = moderatorGet("/api/v1/moderation/queue?view=RECENT").body();

        assertThat(ids(recent)).containsExactly(newer, older);
        assertThat(recent.get("items").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(recent.get("items").get(0).get("reviewedAt").asString()).isNotBlank();
        assertThat(ids(moderatorGet("/api/v1/moderation/queue").body())).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"size=0, size", "size=101, size", "page=-1, page",
            "view=SOMEWHERE, view", "priority=EXTREME, priority", "after=not-a-cursor, after",
            "author=not-an-address, author"})
    void parametersOutsideTheirRangesAreBadRequestsNamingTheParameter(String query, String field) {
        Answer answer = moderatorGet("/api/v1/moderation/queue?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().toString()).contains(field);
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
