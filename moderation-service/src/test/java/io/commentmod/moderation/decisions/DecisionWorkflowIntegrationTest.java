package io.commentmod.moderation.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

/** Bulk decisions, reversals, and decisions about authors as people. */
class DecisionWorkflowIntegrationTest extends ModerationIntegrationTest {

    private static final String RECRUITING = "We are looking for participants for a paid survey about therapy. "
            + "Please contact me if you want to take part.";

    private String comment(String authorEmail, String body, CommentStatus expected) throws Exception {
        String id = newCommentId();
        send(Topics.COMMENT_SUBMITTED, id, submitted(id, "a-workflow", authorEmail, body));
        assertThat(awaitCase(id).status()).isEqualTo(expected);
        return id;
    }

    private static List<String> outcomes(JsonNode result) {
        List<String> outcomes = new ArrayList<>();
        result.get("results").forEach(r -> outcomes.add(r.get("commentId").asString() + " "
                + r.get("outcome").asString()));
        return outcomes;
    }

    @Test
    void aBulkRejectionDecidesEachCaseAndOneCanBeReversedAfterwards() throws Exception {
        String first = comment("a@example.org", RECRUITING, CommentStatus.HELD);
        String second = comment("b@example.org", RECRUITING + " Really.", CommentStatus.HELD);
        String third = comment("c@example.org", RECRUITING + " Please.", CommentStatus.HELD);

        Answer bulk = moderatorPost("/api/v1/moderation/decisions", "{\"commentIds\":[\"" + first + "\",\""
                + second + "\",\"" + third + "\",\"c-missing\"],\"decision\":{\"decision\":\"REJECT\","
                + "\"category\":\"PROMOTION\"}}");

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(outcomes(bulk.body())).containsExactly(first + " DECIDED", second + " DECIDED",
                third + " DECIDED", "c-missing NOT_FOUND");
        assertThat(moderatorGet("/api/v1/moderation/queue").body().get("totalItems").asInt()).isZero();

        // the moderator changes their mind about one of them
        Answer reversed = moderatorPost("/api/v1/moderation/cases/" + second + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"A study approved by an ethics board after all.\"}");

        assertThat(reversed.status()).isEqualTo(200);
        assertThat(reversed.body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(reversed.body().get("revision").asInt()).isEqualTo(3);
        JsonNode history = reversed.body().get("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("actor").get("kind").asString()).isEqualTo("AUTOMATIC");
        assertThat(history.get(1).get("decision").asString()).isEqualTo("REJECT");
        assertThat(history.get(1).get("category").asString()).isEqualTo("PROMOTION");
        assertThat(history.get(2).get("decision").asString()).isEqualTo("PUBLISH");
        JsonNode trail = moderatorGet("/api/v1/moderation/cases/" + second + "/history").body();
        assertThat(trail).hasSize(3);
        trail.forEach(entry -> assertThat(entry.get("rulesVersion").asString()).matches("rules-\\d+"));
        assertThat(trail.get(1).get("actor").get("id").asString()).isEqualTo(MODERATOR);
        assertThat(trail.get(2).get("note").asString()).isEqualTo("A study approved by an ethics board after all.");
        try (TopicReader reader = verdictReader()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, second).size() == 3);
            List<CommentModerated> verdicts = verdicts(reader, second);
            assertThat(verdicts).extracting(CommentModerated::revision).containsExactly(1, 2, 3);
            assertThat(verdicts).extracting(CommentModerated::decision)
                    .containsExactly(Decision.HOLD, Decision.REJECT, Decision.PUBLISH);
        }
    }

    @Test
    void aPublishedCommentCanBeTakenDown() throws Exception {
        String published = comment("d@example.org", "Thank you, this answer helped me a lot.",
                CommentStatus.PUBLISHED);

        Answer takenDown = moderatorPost("/api/v1/moderation/cases/" + published + "/decision",
                "{\"decision\":\"REJECT\",\"category\":\"OFF_TOPIC\"}");

        assertThat(takenDown.status()).isEqualTo(200);
        assertThat(takenDown.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(takenDown.body().get("history").get(1).get("note").asString()).isEqualTo("OFF_TOPIC");
    }

    @Test
    void everyCommentOfAnAuthorCanBeRejectedAtOnce() throws Exception {
        String spammer = "spammer-" + newCommentId() + "@example.org";
        String one = comment(spammer, "Such a good article, thank you.", CommentStatus.PUBLISHED);
        String two = comment(spammer, RECRUITING, CommentStatus.HELD);
        String bystander = comment("e@example.org", "I had the same experience with my counsellor.",
                CommentStatus.PUBLISHED);

        Answer answer = moderatorPost("/api/v1/moderation/decisions/by-author", "{\"authorEmail\":\""
                + spammer.toUpperCase() + "\",\"decision\":{\"decision\":\"REJECT\",\"category\":\"SPAM\"}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(outcomes(answer.body())).containsExactlyInAnyOrder(one + " DECIDED", two + " DECIDED");
        assertThat(awaitCase(bystander).status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aBlockedAuthorsNextCommentIsRejectedAndATrustedOnesGetsTheBonus() throws Exception {
        String author = "person-" + newCommentId() + "@example.org";

        Answer blocked = put("/api/v1/moderation/authors/standing", "{\"email\":\"" + author
                + "\",\"standing\":\"BLOCKED\",\"note\":\"posts the same advert every day\"}", MODERATOR,
                MODERATOR_PASSWORD);

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body().get("updatedBy").asString()).isEqualTo(MODERATOR);
        assertThat(blocked.body().toString()).doesNotContain(author);
        ModerationCase next = awaitCase(comment(author, "A perfectly ordinary comment.", CommentStatus.REJECTED));
        assertThat(next.signals()).extracting(ModerationCase.RuleHit::ruleId).contains("trust.blocked-author");

        put("/api/v1/moderation/authors/standing", "{\"email\":\"" + author + "\",\"standing\":\"TRUSTED\"}",
                MODERATOR, MODERATOR_PASSWORD);

        ModerationCase trusted = awaitCase(comment(author, "Another ordinary comment.", CommentStatus.PUBLISHED));
        assertThat(trusted.signals()).extracting(ModerationCase.RuleHit::ruleId)
                .contains("trust.established-author");
    }

    @Test
    void aBulkDecisionNeedsBetweenOneAndAHundredCases() {
        assertThat(moderatorPost("/api/v1/moderation/decisions",
                "{\"commentIds\":[],\"decision\":{\"decision\":\"REJECT\",\"category\":\"SPAM\"}}").status())
                .isEqualTo(400);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= BulkDecisionRequest.MAX_CASES; i++) {
            many.append(i == 0 ? "" : ",").append("\"c-").append(i).append('"');
        }
        Answer tooMany = moderatorPost("/api/v1/moderation/decisions",
                "{\"commentIds\":[" + many + "],\"decision\":{\"decision\":\"REJECT\",\"category\":\"SPAM\"}}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().toString()).contains("commentIds");
    }
}
