package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;

/**
 * Every refused submission gets a 4xx problem and leaves nothing behind: no document in the store and no
 * {@code CommentSubmitted} on the topic. Each refused request carries a unique marker in its text; after it, a
 * valid comment is submitted, and once that one's event is visible (same single partition) the marker must not be.
 */
class BadInputLeavesNothingBehindIntegrationTest extends EmbeddedServersTest {

    @LocalServerPort
    private int port;

    private String article;

    @BeforeEach
    void givenARegisteredArticle() {
        article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
    }

    @Test
    void malformedJsonLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST, marker -> postWithKey(
                "{\"articleId\":\"" + article + "\",\"body\":\"" + marker + "\",\"author\":{"));
    }

    @Test
    void missingFieldsLeaveNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST,
                marker -> postWithKey(CommentServiceDriver.json(Map.of("articleId", article, "body", marker))));
    }

    @Test
    void unknownArticleLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST, marker -> postWithKey(comment("no-such-article",
                null, marker, Map.of())))
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("articleId");
    }

    @Test
    void unknownJsonFieldLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST,
                marker -> postWithKey(comment(article, null, marker, Map.of("website", "https://spam.example"))))
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("website");
    }

    @Test
    void replyToACommentOnAnotherArticleLeavesNothingBehind() throws Exception {
        String otherArticle = service.registerArticle("Dr. Other", "other@example.org");
        String elsewhere = service.submit(otherArticle, "A comment on another article");

        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST,
                marker -> postWithKey(comment(article, elsewhere, marker, Map.of())))
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
    }

    @Test
    void replyToARejectedCommentLeavesNothingBehind() throws Exception {
        String rejected = service.submit(article, "Buy followers cheap");
        service.sendVerdict(Verdicts.automatic(rejected, article, Decision.REJECT, 1));
        service.awaitStatus(rejected, CommentStatus.REJECTED);

        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST,
                marker -> postWithKey(comment(article, rejected, marker, Map.of())))
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
    }

    @Test
    void bodyOver5000CharactersLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.BAD_REQUEST,
                marker -> postWithKey(comment(article, null, marker + "x".repeat(5000), Map.of())))
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void requestOf100KilobytesLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.CONTENT_TOO_LARGE,
                marker -> postWithKey(comment(article, null, marker + "x".repeat(100 * 1024), Map.of())));
    }

    @Test
    void chunkedRequestOf100KilobytesIsCutOffWhileReadAndLeavesNothingBehind() throws Exception {
        // Given a body sent without Content-Length, so only counting while reading can stop it
        long before = service.storedComments();
        String marker = marker();
        byte[] json = comment(article, null, marker + "x".repeat(100 * 1024), Map.of())
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/comments"))
                .header("Content-Type", "application/json").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build();

        // When
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        // Then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertNothingStoredOrPublished(marker, before);
    }

    @Test
    void missingApiKeyLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.UNAUTHORIZED, marker -> service.http().post()
                .uri("/api/v1/comments").contentType(MediaType.APPLICATION_JSON)
                .body(comment(article, null, marker, Map.of())).exchange());
    }

    @Test
    void wrongApiKeyLeavesNothingBehind() throws Exception {
        assertRefusedLeavingNothingBehind(HttpStatus.UNAUTHORIZED, marker -> service.http().post()
                .uri("/api/v1/comments").header("X-Api-Key", "not-the-key").contentType(MediaType.APPLICATION_JSON)
                .body(comment(article, null, marker, Map.of())).exchange());
    }

    private RestTestClient.ResponseSpec assertRefusedLeavingNothingBehind(HttpStatus expected,
            Function<String, RestTestClient.ResponseSpec> refusedRequest) throws Exception {
        // Given
        long before = service.storedComments();
        String marker = marker();

        // When
        RestTestClient.ResponseSpec response = refusedRequest.apply(marker);

        // Then
        response.expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertNothingStoredOrPublished(marker, before);
        return response;
    }

    private void assertNothingStoredOrPublished(String marker, long commentsBefore) {
        service.assertNothingStoredOrPublished(marker, commentsBefore, article);
    }

    private RestTestClient.ResponseSpec postWithKey(String json) {
        return service.http().post().uri("/api/v1/comments").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private static String comment(String articleId, String parentId, String body, Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articleId", articleId);
        if (parentId != null) {
            json.put("parentId", parentId);
        }
        json.put("author", Map.of("name", "Reader", "email", "reader@example.org"));
        json.put("body", body);
        json.putAll(extra);
        return CommentServiceDriver.json(json);
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }
}
