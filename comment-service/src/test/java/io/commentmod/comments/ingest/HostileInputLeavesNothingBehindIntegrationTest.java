package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
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
 * What a hostile or broken client may send to {@code POST /api/v1/comments}, and that each gets a 4xx
 * problem+json naming the field as the client sent it (its JSON path) and leaves nothing behind. Every request
 * carries a unique marker in a field that is not the offending one, so the check for "nothing published" can look
 * for it. The character policy behind these cases is documented in {@code io.commentmod.comments.text}; what is
 * accepted on purpose (HTML in a body, right-to-left text, emoji) is in {@link LegitimateTextIsAcceptedIntegrationTest}.
 */
class HostileInputLeavesNothingBehindIntegrationTest extends EmbeddedServersTest {

    private static final int DEEP = 10_000;
    // Parsing stops at Jackson's depth limit, so this is milliseconds; the bound is loose because the build machine
    // is shared, and only has to tell "refused at once" from "recursed through 10,000 levels".
    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final String LONG_ID = "a".repeat(10_000);

    private String article;

    @BeforeEach
    void givenARegisteredArticle() {
        article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
    }

    /**
     * A comment with the marker in the body unless a case puts it elsewhere. In the templates {@code {A}} is the
     * registered article, {@code {M}} the marker; JSON escapes such as {@code \\u0000} stay escapes in the JSON text.
     */
    static Stream<Arguments> refusedComments() {
        List<Arguments> cases = new ArrayList<>();
        // wrong JSON types
        cases.add(refused("a body that is a number", "body", withBody("42")));
        cases.add(refused("a body that is an object", "body", withBody("{\"text\":\"{M}\"}")));
        cases.add(refused("an author that is a string", "author", """
                {"articleId":"{A}","author":"{M}","body":"{M}"}"""));
        cases.add(refused("notifyOnReply as \"yes\"", "notifyOnReply", """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}",
                 "notifyOnReply":"yes"}"""));
        cases.add(refused("notifyOnReply as the string \"true\"", "notifyOnReply", """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}",
                 "notifyOnReply":"true"}"""));
        cases.add(refused("an articleId that is a number", "articleId", """
                {"articleId":12345,"author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""));
        // missing and unknown fields
        cases.add(refused("no author", "author", """
                {"articleId":"{A}","body":"{M}"}"""));
        cases.add(refused("an author without email", "author.email", """
                {"articleId":"{A}","author":{"name":"Reader"},"body":"{M}"}"""));
        cases.add(refused("no body", "body", withName("\"{M}\"", "null")));
        cases.add(refused("an unknown field in the author", "author.website", """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org",
                 "website":"https://spam.example"},"body":"{M}"}"""));
        cases.add(refused("the body sent twice", "body", """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}",
                 "body":"{M} the second"}"""));
        // deep nesting, refused at the first token that does not fit
        cases.add(refused("a body of 10,000 nested arrays", "body", withBody(nestedArrays(DEEP))));
        // emails
        for (String email : List.of("not-an-email", "reader@", "@example.org", "reader@example", "reader@localhost",
                "reader@exa mple.org", "reader example@example.org", "reader..dots@example.org",
                ".reader@example.org", "reader@-example.org", "reader@example..org", "reader@[127.0.0.1]",
                "\\\"quoted local\\\"@example.org", "<script>@example.org", "reader@example.org<script>",
                "Reader <reader@example.org>", "reader@example.org, victim@example.org",
                "reader@example.org\\r\\nBcc: victim@example.org", "reader\\u0000@example.org",
                "rea\\u200Bder@example.org", "rea\\uD800der@example.org", "x".repeat(250) + "@example.org",
                "x".repeat(65) + "@example.org")) {
            cases.add(refused("the email \"" + shorten(email) + "\"", "author.email",
                    withEmail("\"" + email + "\"")));
        }
        // control characters, line breaks, bidi overrides and invisible characters in the author name
        for (String character : List.of("\\u0000", "\\u0007", "\\u0008", "\\u001B[31m", "\\u007F", "\\u0085",
                "\\r", "\\n", "\\r\\n", "\\u2028", "\\u2029",
                "\\u202A", "\\u202B", "\\u202C", "\\u202D", "\\u202E", "\\u2066", "\\u2067", "\\u2068", "\\u2069",
                "\\u200B", "\\u200C", "\\u200D", "\\u200E", "\\u200F", "\\u2060", "\\uFEFF", "\\u00AD")) {
            cases.add(refused("an author name containing " + character, "author.name",
                    withName("\"Rea" + character + "der\"", "\"{M}\"")));
        }
        cases.add(refused("an author name of only a Hangul filler", "author.name",
                withName("\"\\u3164\"", "\"{M}\"")));
        cases.add(refused("an author name of 10,000 characters", "author.name",
                withName("\"" + "n".repeat(10_000) + "\"", "\"{M}\"")));
        // control characters in the body (line breaks and tabs are fine, see the accepted cases)
        for (String character : List.of("\\u0000", "\\u0008", "\\u001B[2J", "\\u007F", "\\u0090")) {
            cases.add(refused("a body containing " + character, "body",
                    withName("\"{M}\"", "\"Hello " + character + " world\"")));
        }
        // bodies that show nothing
        for (String invisible : List.of("\\u200B\\u200B\\u200B", "\\u200E\\u200F", "\\u2800\\u2800",
                "\\u3164\\u3164", "\\u00AD", "\\u202E", "\\u0301\\u0301", "\\u200B \\u200D \\u2060", "\\uFEFF")) {
            cases.add(refused("a body made only of " + invisible, "body",
                    withName("\"{M}\"", "\"" + invisible + "\"")));
        }
        // unpaired surrogates, wherever they are
        cases.add(refused("a lone high surrogate in the body", "body", withBody("\"{M} \\uD800 end\"")));
        cases.add(refused("a lone low surrogate in the body", "body", withBody("\"{M} \\uDC00\"")));
        cases.add(refused("a high surrogate at the end of the body", "body", withBody("\"{M} \\uD83D\"")));
        cases.add(refused("a lone surrogate in the author name", "author.name",
                withName("\"Rea\\uD800der\"", "\"{M}\"")));
        cases.add(refused("a lone surrogate in the articleId", "articleId", """
                {"articleId":"{A}\\uD800","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""));
        cases.add(refused("a lone surrogate in the parentId", "parentId", withParent("\"\\uDBFF\"")));
        // MongoDB operators as keys or values
        cases.add(refused("an articleId that is a query operator object", "articleId", """
                {"articleId":{"$ne":null},"author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""));
        cases.add(refused("a parentId that is a query operator object", "parentId", withParent("{\"$gt\":\"\"}")));
        cases.add(refused("\"$where\" as a key in the author", "author.$where", """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org",
                 "$where":"sleep(5000)"},"body":"{M}"}"""));
        cases.add(refused("\"$ne\" as the articleId", "articleId", """
                {"articleId":"$ne","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""));
        cases.add(refused("\"$where\" as the parentId", "parentId", withParent("\"$where\"")));
        cases.add(refused("a body that is a query operator object", "body", withBody("{\"$regex\":\".*\"}")));
        // ids that are too long or unsafe
        cases.add(refused("an articleId of 10,000 characters", "articleId", """
                {"articleId":"%s","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""
                .formatted(LONG_ID)));
        cases.add(refused("a parentId of 10,000 characters", "parentId", withParent("\"" + LONG_ID + "\"")));
        cases.add(refused("an articleId that climbs out of its path", "articleId", """
                {"articleId":"../../actuator","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}"}"""));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedComments")
    void isRefusedNamingTheFieldAndLeavesNothingBehind(String description, String field, String template) {
        // Given
        long before = service.storedComments();
        String marker = marker();

        // When
        RestTestClient.ResponseSpec response = postWithKey(fill(template, marker));

        // Then
        response.expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields).asInstanceOf(
                                org.assertj.core.api.InstanceOfAssertFactories.LIST).contains(field));
        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void bodyOfOneMegabyteIsRefusedAndLeavesNothingBehind() {
        long before = service.storedComments();
        String marker = marker();

        postWithKey(fill(withBody("\"{M}" + "x".repeat(1024 * 1024) + "\""), marker))
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void documentOf10000NestedArraysIsRefusedQuicklyAndLeavesNothingBehind() {
        long before = service.storedComments();
        long started = System.nanoTime();

        postWithKey(nestedArrays(DEEP)).expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        service.assertNothingStoredOrPublished("no marker in an array", before, article);
    }

    @Test
    void authorNameOf10000NestedObjectsIsRefusedQuicklyNamingTheFieldAndLeavesNothingBehind() {
        long before = service.storedComments();
        String marker = marker();
        long started = System.nanoTime();

        postWithKey(fill(withName(nestedObjects(DEEP), "\"{M}\""), marker))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("author.name");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void unknownFieldOf10000NestedArraysIsRefusedQuicklyAndLeavesNothingBehind() {
        // Data binding buffers an unknown field's value before refusing it, so here Jackson's depth limit (500)
        // refuses it first, at a point where it no longer knows the field: a 400 without a field name.
        long before = service.storedComments();
        String marker = marker();
        long started = System.nanoTime();

        postWithKey(fill("""
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}","tags":"""
                + nestedArrays(DEEP) + "}", marker))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo(
                        "The body is nested too deeply or has a value that is too long.");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void unknownFieldNamedWithALoneSurrogateIsRefusedAndLeavesNothingBehind() {
        long before = service.storedComments();
        String marker = marker();

        postWithKey(fill("""
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":"{M}",
                 "\\uD800":true}""", marker))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void replyToAnUnknownCommentIsRefusedAndLeavesNothingBehind() {
        long before = service.storedComments();
        String marker = marker();

        postWithKey(fill(withParent("\"no-such-comment\""), marker))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");

        service.assertNothingStoredOrPublished(marker, before, article);
    }

    private static Arguments refused(String description, String field, String template) {
        return Arguments.of(description, field, template);
    }

    private static String withBody(String rawBody) {
        return """
                {"articleId":"{A}","author":{"name":"Reader","email":"reader@example.org"},"body":%s}"""
                .formatted(rawBody);
    }

    private static String withName(String rawName, String rawBody) {
        return """
                {"articleId":"{A}","author":{"name":%s,"email":"reader@example.org"},"body":%s}"""
                .formatted(rawName, rawBody);
    }

    private static String withEmail(String rawEmail) {
        return """
                {"articleId":"{A}","author":{"name":"Reader","email":%s},"body":"{M}"}""".formatted(rawEmail);
    }

    private static String withParent(String rawParent) {
        return """
                {"articleId":"{A}","parentId":%s,"author":{"name":"Reader","email":"reader@example.org"},
                 "body":"{M}"}""".formatted(rawParent);
    }

    private static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "...(" + text.length() + " chars)" : text;
    }

    private String fill(String template, String marker) {
        return template.replace("{A}", article).replace("{M}", marker);
    }

    private RestTestClient.ResponseSpec postWithKey(String json) {
        return service.http().post().uri("/api/v1/comments").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }
}
