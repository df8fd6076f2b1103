package io.commentmod.moderation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The case page's data: where the rules matched, who wrote it and what it answers. */
class CaseDetailsIntegrationTest extends ModerationIntegrationTest {

    private static final String RECRUITING = "We are running a paid survey for clients of therapists. "
            + "Please contact me if you want to take part.";

    private String post(String author, String parentId, String body, CommentStatus expected) throws Exception {
        String id = newCommentId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        send(Topics.COMMENT_SUBMITTED, id, new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, now), id,
                new ArticleRef("a-details", "When a therapist cries", "https://example.org/a-details",
                        new Person("Dr. Dana Lee", "dana.lee@example.org")),
                parentId, new Person("Sam", author), body, false, false, now));
        assertThat(awaitCase(id).status()).isEqualTo(expected);
        return id;
    }

    @Test
    void aCaseComesWithItsMatchesTheAuthorsRecordAndTheCommentItAnswers() throws Exception {
        String author = "sam-" + newCommentId() + "@example.org";
        String earlier = post(author, null, "My therapist once cried too, and it helped.", CommentStatus.PUBLISHED);
        String parent = post("other@example.org", null, "Has anyone else seen their therapist cry?",
                CommentStatus.PUBLISHED);
        String held = post(author, parent, RECRUITING, CommentStatus.HELD);

        JsonNode details = moderatorGet("/api/v1/moderation/cases/" + held + "/details").body();

        assertThat(details.get("moderationCase").get("comment").get("id").asString()).isEqualTo(held);
        JsonNode highlight = details.get("highlights").get(0);
        assertThat(RECRUITING.substring(highlight.get("start").asInt(), highlight.get("end").asInt()))
                .isEqualTo("Please contact me");
        assertThat(highlight.get("ruleId").asString()).isEqualTo("promotion.solicitation");
        JsonNode record = details.get("author");
        assertThat(record.get("published").asInt()).isEqualTo(1);
        assertThat(record.get("held").asInt()).isEqualTo(1);
        assertThat(record.get("rejected").asInt()).isZero();
        assertThat(record.get("recent").get(0).get("commentId").asString()).isEqualTo(earlier);
        assertThat(details.get("parent").get("commentId").asString()).isEqualTo(parent);
        assertThat(details.get("parent").get("body").asString()).startsWith("Has anyone else");
        assertThat(details.get("parent").get("authorName").asString()).isEqualTo("Sam");
    }
}
