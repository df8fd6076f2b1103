package io.commentmod.comments.reports;

import static io.commentmod.comments.support.CommentServiceDriver.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.CommentReported;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.TopicReader;

/** Readers flag published comments; moderation hears about each report. */
class ReaderReportIntegrationTest extends EmbeddedServersTest {

    private String article;

    @BeforeEach
    void givenAnArticle() {
        article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
    }

    @Test
    void reportOnAPublishedCommentIsCountedKeptAndAnnounced() throws Exception {
        // Given
        String id = published("Visit my page for cheap therapy sessions");

        try (TopicReader reports = service.read(Topics.COMMENT_REPORTED)) {
            // When two readers report it
            report(id, "  This is an advertisement  ").expectStatus().isAccepted()
                    .expectBody().jsonPath("$.reportId").isNotEmpty();
            report(id, "Spam").expectStatus().isAccepted();

            // Then
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(reports.eventsFor(id)).hasSize(2));
            CommentReported first = (CommentReported) reports.eventsFor(id).get(0);
            CommentReported second = (CommentReported) reports.eventsFor(id).get(1);
            assertThat(first.reason()).isEqualTo("This is an advertisement");
            assertThat(first.reportCount()).isEqualTo(1);
            assertThat(first.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(first.articleId()).isEqualTo(article);
            assertThat(second.reportCount()).isEqualTo(2);
        }
        CommentDocument stored = service.stored(id);
        assertThat(stored.reportCount()).isEqualTo(2);
        assertThat(stored.reports()).extracting(CommentDocument.Report::reason)
                .containsExactly("This is an advertisement", "Spam");
        assertThat(stored.status()).as("a report alone changes nothing").isEqualTo(CommentStatus.PUBLISHED);
        service.awaitOutboxEmptied(id);
    }

    @Test
    void heldPendingAndUnknownCommentsAnswerNotFoundAndRecordNothing() throws Exception {
        // Given
        String held = service.submit(article, "Held text");
        service.sendVerdict(Verdicts.automatic(held, article, Decision.HOLD, 1));
        service.awaitStatus(held, CommentStatus.HELD);
        String pending = service.submit(article, "Pending text");

        try (TopicReader reports = service.read(Topics.COMMENT_REPORTED)) {
            // When
            for (String id : new String[] {held, pending, "no-such-comment"}) {
                report(id, "Offensive").expectStatus().isNotFound()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            }

            // Then: a report on a published comment goes through, and nothing came before it
            String sentinel = published("Sentinel");
            report(sentinel, "Offensive").expectStatus().isAccepted();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(reports.eventsFor(sentinel)).hasSize(1));
            assertThat(reports.eventsFor(held)).isEmpty();
            assertThat(reports.eventsFor(pending)).isEmpty();
        }
        assertThat(service.stored(held).reportCount()).isZero();
        assertThat(service.stored(pending).reportCount()).isZero();
    }

    @Test
    void reportNeedsAReasonOfAtMost500Characters() throws Exception {
        String id = published("Some opinion");

        report(id, "   ").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        report(id, "r".repeat(501)).expectStatus().isBadRequest();
        report(id, "r".repeat(500)).expectStatus().isAccepted();
        assertThat(service.stored(id).reportCount()).isEqualTo(1);
    }

    private String published(String body) throws Exception {
        String id = service.submit(article, body);
        service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));
        service.awaitStatus(id, CommentStatus.PUBLISHED);
        return id;
    }

    private RestTestClient.ResponseSpec report(String commentId, String reason) {
        // Anonymous, like a reader's browser: no API key
        return service.http().post().uri("/api/v1/comments/{id}/reports", commentId)
                .contentType(MediaType.APPLICATION_JSON).body(CommentServiceDriver.json(Map.of("reason", reason)))
                .exchange();
    }
}
