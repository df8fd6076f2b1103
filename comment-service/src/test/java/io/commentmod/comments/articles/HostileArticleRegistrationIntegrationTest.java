package io.commentmod.comments.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;

/**
 * The hostile-input cases that apply to {@code PUT /api/v1/articles/{articleId}}: each is a 400 problem naming the
 * field and registers nothing. Articles publish no events, so "nothing behind" is the article collection alone.
 */
class HostileArticleRegistrationIntegrationTest extends EmbeddedServersTest {

    private static final String THERAPIST = "{\"name\":\"Dr. Jane Doe\",\"email\":\"jane.doe@example.org\"}";

    static Stream<Arguments> refusedRegistrations() {
        return Stream.of(
                refused("a title that is a number", "title", article("42", "\"https://example.org/q\"", THERAPIST)),
                refused("a therapist that is a string", "therapist",
                        article("\"Title\"", "\"https://example.org/q\"", "\"Dr. Jane Doe\"")),
                refused("an unknown field", "author", """
                        {"title":"Title","url":"https://example.org/q","therapist":%s,"author":"x"}"""
                        .formatted(THERAPIST)),
                refused("a title with a NUL", "title",
                        article("\"Ti\\u0000tle\"", "\"https://example.org/q\"", THERAPIST)),
                refused("a title with a line break", "title",
                        article("\"Title\\r\\nX-Injected: yes\"", "\"https://example.org/q\"", THERAPIST)),
                refused("a lone surrogate in the title", "title",
                        article("\"Ti\\uD800tle\"", "\"https://example.org/q\"", THERAPIST)),
                refused("a lone surrogate in the url", "url",
                        article("\"Title\"", "\"https://example.org/q\\uDC00\"", THERAPIST)),
                refused("a javascript url", "url", article("\"Title\"", "\"javascript:alert(1)\"", THERAPIST)),
                refused("a bidi override in the therapist name", "therapist.name", article("\"Title\"",
                        "\"https://example.org/q\"", "{\"name\":\"Dr. \\u202Eeod\",\"email\":\"j@example.org\"}")),
                refused("a zero-width space in the therapist name", "therapist.name", article("\"Title\"",
                        "\"https://example.org/q\"", "{\"name\":\"Dr. J\\u200Bane\",\"email\":\"j@example.org\"}")),
                refused("a header injection in the therapist email", "therapist.email", article("\"Title\"",
                        "\"https://example.org/q\"",
                        "{\"name\":\"Dr. Jane\",\"email\":\"j@example.org\\r\\nBcc: all@example.org\"}")),
                refused("a query operator as the therapist email", "therapist.email", article("\"Title\"",
                        "\"https://example.org/q\"", "{\"name\":\"Dr. Jane\",\"email\":{\"$ne\":null}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRegistrations")
    void isRefusedNamingTheFieldAndRegistersNothing(String description, String field, String json) {
        // Given
        String articleId = CommentServiceDriver.uniqueId("article");
        long before = storedArticles();

        // When
        RestTestClient.ResponseSpec response = put(articleId, json);

        // Then
        response.expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains(field));
        assertThat(storedArticles()).isEqualTo(before);
    }

    @Test
    void queryOperatorAsTheArticleIdInThePathIsRefusedAndRegistersNothing() {
        long before = storedArticles();

        put("$ne", article("\"Title\"", "\"https://example.org/q\"", THERAPIST))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("articleId");
        assertThat(storedArticles()).isEqualTo(before);
    }

    @Test
    void articleIdOf1000CharactersInThePathIsRefusedAndRegistersNothing() {
        long before = storedArticles();

        put("a".repeat(1000), article("\"Title\"", "\"https://example.org/q\"", THERAPIST))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("articleId");
        assertThat(storedArticles()).isEqualTo(before);
    }

    @Test
    void articleIdOf10000CharactersInThePathIsRefusedByTheServerAndRegistersNothing() {
        // A request line this long exceeds Tomcat's header limit (8 KB): Tomcat answers 400 itself, before any
        // application code (so without a problem body), which is the right place to stop it.
        long before = storedArticles();

        put("a".repeat(10_000), article("\"Title\"", "\"https://example.org/q\"", THERAPIST))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(storedArticles()).isEqualTo(before);
    }

    private static Arguments refused(String description, String field, String json) {
        return Arguments.of(description, field, json);
    }

    private static String article(String rawTitle, String rawUrl, String rawTherapist) {
        return "{\"title\":%s,\"url\":%s,\"therapist\":%s}".formatted(rawTitle, rawUrl, rawTherapist);
    }

    private long storedArticles() {
        return mongo.getCollection(ArticleDocument.COLLECTION).countDocuments();
    }

    private RestTestClient.ResponseSpec put(String articleId, String json) {
        return service.http().put().uri("/api/v1/articles/{id}", articleId)
                .header("X-Api-Key", CommentServiceDriver.SITE_KEY).contentType(MediaType.APPLICATION_JSON)
                .body(json).exchange();
    }
}
