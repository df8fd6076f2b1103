package io.commentmod.comments.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;

/** What readers see under an article, read anonymously over HTTP. */
class PublicThreadIntegrationTest extends EmbeddedServersTest {

    @Test
    void publicThreadShowsOnlyPublishedCommentsThreadedAndNeverAnEmail() throws Exception {
        // Given a thread with published, held, pending and rejected comments, and a published reply to the held one
        String article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
        String first = service.submit(article, null, "Maya", "maya@example.org", "Has this happened to anyone else?",
                true);
        publish(article, first, Decision.PUBLISH);
        String answer = service.submit(article, first, "Dr. Jane Doe", "jane.doe@example.org",
                "It happens, and it is worth talking about.", false);
        publish(article, answer, Decision.PUBLISH);
        String recruitment = service.submit(article, null, "AliceResearcher", "alice@example.org",
                "I am conducting a study on tearful therapists, please contact me at alice@example.org", false);
        publish(article, recruitment, Decision.HOLD);
        String replyToHeld = service.submit(article, recruitment, "Sam", "sam@example.org",
                "Please don't recruit here.", false);
        publish(article, replyToHeld, Decision.PUBLISH);
        service.submit(article, null, "Lee", "lee@example.org", "Text still waiting for moderation", false);
        String spam = service.submit(article, null, "Pills", "pills@example.org", "Buy cheap pills online now", false);
        publish(article, spam, Decision.REJECT);

        // When
        byte[] body = service.http().get().uri("/api/v1/articles/{id}/comments", article).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                // Then: published comments, threaded, oldest first
                .jsonPath("$.articleId").isEqualTo(article)
                .jsonPath("$.title").isEqualTo("My therapist cries during our sessions")
                .jsonPath("$.url").isEqualTo("https://example.org/questions/" + article)
                .jsonPath("$.count").isEqualTo(3)
                .jsonPath("$.comments.length()").isEqualTo(2)
                .jsonPath("$.comments[0].id").isEqualTo(first)
                .jsonPath("$.comments[0].author.name").isEqualTo("Maya")
                .jsonPath("$.comments[0].body").isEqualTo("Has this happened to anyone else?")
                .jsonPath("$.comments[0].date").isNotEmpty()
                .jsonPath("$.comments[0].byArticleTherapist").isEqualTo(false)
                .jsonPath("$.comments[0].replies[0].id").isEqualTo(answer)
                .jsonPath("$.comments[0].replies[0].byArticleTherapist").isEqualTo(true)
                // and the held comment only as a placeholder keeping its published reply in place
                .jsonPath("$.comments[1].id").isEqualTo(recruitment)
                .jsonPath("$.comments[1].hidden").isEqualTo(true)
                .jsonPath("$.comments[1].author").doesNotExist()
                .jsonPath("$.comments[1].body").doesNotExist()
                .jsonPath("$.comments[1].date").doesNotExist()
                .jsonPath("$.comments[1].replies[0].id").isEqualTo(replyToHeld)
                .jsonPath("$.comments[1].replies[0].body").isEqualTo("Please don't recruit here.")
                .returnResult().getResponseBody();

        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("@")
                .doesNotContain("conducting a study")
                .doesNotContain("still waiting")
                .doesNotContain("cheap pills")
                .doesNotContain("AliceResearcher");
    }

    @Test
    void threadOfAnArticleWithoutCommentsIsEmpty() {
        String article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");

        service.http().get().uri("/api/v1/articles/{id}/comments", article).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.comments.length()").isEqualTo(0)
                .jsonPath("$.count").isEqualTo(0);
    }

    @Test
    void threadOfAnUnknownArticleIsNotFound() {
        service.http().get().uri("/api/v1/articles/{id}/comments", "no-such-article").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void publish(String article, String commentId, Decision decision) throws Exception {
        service.sendVerdict(Verdicts.automatic(commentId, article, decision, 1));
        service.awaitStatus(commentId, decision.resultingStatus());
        if (decision.resultingStatus() == CommentStatus.PUBLISHED) {
            assertThat(service.stored(commentId).publishedAt()).isNotNull();
        }
    }
}
