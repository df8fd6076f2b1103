package io.commentmod.comments.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.commentmod.comments.support.WithApiSecurity;
import io.commentmod.contracts.Person;

@WebMvcTest(ArticleController.class)
@WithApiSecurity
class ArticleRegistrationApiTest {

    private static final String VALID = """
            {"title":"My therapist cries during our sessions; is this normal?",
             "url":"https://example.org/questions/therapist-cries",
             "therapist":{"name":"Dr. Jane Doe","email":"jane.doe@example.org"}}""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private ArticleRegistry registry;

    @Test
    void firstRegistrationCreatesTheArticleAndAnswers201WithItsLocation() {
        // Given
        given(registry.register(eq("therapist-cries"), anyString(), anyString(), any()))
                .willReturn(new ArticleRegistry.Registration(article("therapist-cries"), true));

        // When
        MvcTestResult result = put("therapist-cries", VALID);

        // Then
        assertThat(result).hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/v1/articles/therapist-cries");
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id":"therapist-cries","therapist":{"name":"Dr. Jane Doe","email":"jane.doe@example.org"}}""");
        verify(registry).register("therapist-cries", "My therapist cries during our sessions; is this normal?",
                "https://example.org/questions/therapist-cries", new Person("Dr. Jane Doe", "jane.doe@example.org"));
    }

    @Test
    void registeringAgainUpdatesTheArticleAndAnswers200() {
        given(registry.register(eq("therapist-cries"), anyString(), anyString(), any()))
                .willReturn(new ArticleRegistry.Registration(article("therapist-cries"), false));

        MvcTestResult result = put("therapist-cries", VALID);

        assertThat(result).hasStatusOk().doesNotContainHeader("Location");
    }

    @Test
    void articleIdInThePathMustBeASafeSlug() {
        // When
        MvcTestResult result = put("bad id!", VALID);

        // Then
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("articleId");
        verify(registry, never()).register(anyString(), anyString(), anyString(), any());
    }

    @Test
    void articleIdLongerThan100CharactersIsRejected() {
        MvcTestResult result = put("a".repeat(101), VALID);

        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("articleId");
    }

    @Test
    void bodyFieldsAreValidatedTogetherWithThePathAndNamedByTheirPath() {
        // Given a bad path id and a body with a relative URL, an ftp URL would do too, and a bad therapist email
        MvcTestResult result = put("bad id!", """
                {"title":"%s","url":"/questions/1","therapist":{"name":"","email":"jane.doe"}}"""
                .formatted("t".repeat(301)));

        // Then
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("articleId", "title", "url", "therapist.name", "therapist.email");
    }

    @Test
    void onlyAbsoluteHttpAndHttpsUrlsAreAccepted() {
        assertThat(put("a-1", VALID.replace("https://example.org", "ftp://example.org")))
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("url");
        assertThat(put("a-1", VALID.replace("https://example.org", "javascript:alert(1)//example.org")))
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("url");
        assertThat(put("a-1", VALID.replace("https://example.org/questions/therapist-cries",
                "https://example.org/" + "p".repeat(2000))))
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("url");
    }

    @Test
    void missingTherapistIsNamed() {
        MvcTestResult result = put("a-1", """
                {"title":"T","url":"https://example.org/q/1"}""");

        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("therapist");
    }

    @Test
    void registrationNeedsTheSiteApiKey() {
        MvcTestResult result = mvc.put().uri("/api/v1/articles/a-1").contentType(MediaType.APPLICATION_JSON)
                .content(VALID).exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult put(String articleId, String json) {
        return mvc.put().uri("/api/v1/articles/{id}", articleId).header("X-Api-Key", WithApiSecurity.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static ArticleDocument article(String id) {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        return new ArticleDocument(id, "My therapist cries during our sessions; is this normal?",
                "https://example.org/questions/therapist-cries", new Person("Dr. Jane Doe", "jane.doe@example.org"),
                now, now);
    }
}
