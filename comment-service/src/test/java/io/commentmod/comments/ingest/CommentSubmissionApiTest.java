package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.comments.ratelimit.IngestRateLimiter;
import io.commentmod.comments.support.WithApiSecurity;
import io.commentmod.kit.web.FieldRejectedException;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Person;

/** The ingest API's contract with the website: what it accepts, and how it explains what it refuses. */
@WebMvcTest(CommentController.class)
@Import(RecentlyAccepted.class)
@WithApiSecurity
class CommentSubmissionApiTest {

    private static final String VALID = """
            {"articleId":"therapist-cries","author":{"name":"Maya","email":"maya@example.org"},
             "body":"This helped me a lot.","notifyOnReply":true}""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommentIngestService ingest;

    @MockitoBean
    private CommentStore comments;

    @MockitoBean
    private IngestRateLimiter rateLimits;

    @Test
    void validCommentIsAcceptedWithItsIdPendingStatusAndLocation() {
        // Given
        given(ingest.submit(any())).willReturn("c-123");

        // When
        MvcTestResult result = post(VALID);

        // Then
        assertThat(result).hasStatus(HttpStatus.ACCEPTED)
                .hasHeader("Location", "http://localhost/api/v1/comments/c-123");
        assertThat(result).bodyJson().isLenientlyEqualTo("{\"id\":\"c-123\",\"status\":\"PENDING\"}");
    }

    @Test
    void surroundingWhitespaceIsStrippedAndNotifyOnReplyDefaultsToFalse() {
        // Given
        given(ingest.submit(any())).willReturn("c-1");

        // When
        post("""
                {"articleId":" a-1 ","author":{"name":"  Maya ","email":" maya@example.org "},"body":"  Hello  "}""");

        // Then
        verify(ingest).submit(new SubmitCommentRequest("a-1", null,
                new SubmitCommentRequest.Author("Maya", "maya@example.org"), "Hello", null));
        assertThat(new SubmitCommentRequest("a", null, null, "b", null).wantsReplyNotifications()).isFalse();
    }

    @Test
    void missingFieldsAreEachNamedInTheProblem() {
        // When
        MvcTestResult result = post("{}");

        // Then
        assertValidationProblem(result, "articleId", "author", "body");
        verify(ingest, never()).submit(any());
    }

    @Test
    void invalidAuthorFieldsAreNamedWithTheirPath() {
        // When
        MvcTestResult result = post("""
                {"articleId":"a-1","author":{"name":"%s","email":"not-an-email"},"body":"Hi"}"""
                .formatted("x".repeat(101)));

        // Then
        assertValidationProblem(result, "author.name", "author.email");
    }

    @Test
    void bodyOfOnlyWhitespaceIsRejected() {
        assertValidationProblem(post("""
                {"articleId":"a-1","author":{"name":"Maya","email":"maya@example.org"},"body":"  \\n\\t  "}"""),
                "body");
    }

    @Test
    void bodyOfExactly5000CharactersIsAcceptedAndOneMoreIsRejected() {
        given(ingest.submit(any())).willReturn("c-1");
        assertThat(post(withBody("b".repeat(5000)))).hasStatus(HttpStatus.ACCEPTED);
        assertValidationProblem(post(withBody("b".repeat(5001))), "body");
    }

    @Test
    void articleIdWithCharactersOutsideTheAllowedSetIsRejected() {
        assertValidationProblem(post("""
                {"articleId":"../etc/passwd","author":{"name":"Maya","email":"maya@example.org"},"body":"Hi"}"""),
                "articleId");
    }

    @Test
    void unknownJsonFieldIsRejectedByName() {
        // When
        MvcTestResult result = post("""
                {"articleId":"a-1","author":{"name":"Maya","email":"maya@example.org","ip":"10.0.0.1"},"body":"Hi"}""");

        // Then
        assertValidationProblem(result, "author.ip");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is not a known field");
        verify(ingest, never()).submit(any());
    }

    @Test
    void wrongTypeIsNamed() {
        MvcTestResult result = post("""
                {"articleId":"a-1","author":{"name":"Maya","email":"maya@example.org"},"body":"Hi","notifyOnReply":"often"}""");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("notifyOnReply");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        MvcTestResult result = post("{\"articleId\": ");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The body is not valid JSON.");
        verify(ingest, never()).submit(any());
    }

    @Test
    void unknownArticleIsReportedOnTheArticleIdField() {
        // Given
        given(ingest.submit(any()))
                .willThrow(new FieldRejectedException("articleId", "does not refer to a registered article"));

        // When
        MvcTestResult result = post(VALID);

        // Then
        assertValidationProblem(result, "articleId");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("does not refer to a registered article");
    }

    @Test
    void unreachableDatabaseIsAServiceUnavailableProblemTheWebsiteCanRetry() {
        // Given
        given(ingest.submit(any())).willThrow(new DataAccessResourceFailureException("Timed out selecting a server"));

        // When
        MvcTestResult result = post(VALID);

        // Then
        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "5")
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyText().doesNotContain("Timed out");
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedWith413BeforeItIsRead() {
        // When
        MvcTestResult result = post(withBody("x".repeat(100 * 1024)));

        // Then
        assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Request too large");
        verify(ingest, never()).submit(any());
    }

    @Test
    void storedCommentIsShownWithItsStatusHistoryAndNoEmail() {
        // Given
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        given(comments.find("c-1")).willReturn(Optional.of(new CommentDocument("c-1", "a-1", null,
                new Person("Maya", "maya@example.org"), "Hello", true, false, CommentStatus.PENDING, at, null, 0,
                null, List.of(new CommentDocument.HistoryEntry(null, CommentStatus.PENDING,
                        CommentDocument.INGEST_API, at, "Accepted by the ingest API", null)),
                0, List.of(), List.of())));

        // When
        MvcTestResult result = mvc.get().uri("/api/v1/comments/c-1").header("X-Api-Key", WithApiSecurity.SITE_KEY)
                .exchange();

        // Then
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id":"c-1","articleId":"a-1","author":{"name":"Maya"},"body":"Hello","status":"PENDING",
                 "submittedAt":"2025-03-01T10:00:00Z",
                 "history":[{"from":null,"to":"PENDING","actor":{"kind":"SYSTEM","id":"comment-service"}}]}""");
        assertThat(result).bodyText().doesNotContain("@").doesNotContain("moderation");
    }

    @Test
    void unknownCommentIsANotFoundProblem() {
        given(comments.find("nope")).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/v1/comments/nope").header("X-Api-Key", WithApiSecurity.SITE_KEY)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/v1/comments").header("X-Api-Key", WithApiSecurity.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static String withBody(String body) {
        return """
                {"articleId":"a-1","author":{"name":"Maya","email":"maya@example.org"},"body":"%s"}""".formatted(body);
    }

    private static void assertValidationProblem(MvcTestResult result, String... fields) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder((Object[]) fields);
    }
}
