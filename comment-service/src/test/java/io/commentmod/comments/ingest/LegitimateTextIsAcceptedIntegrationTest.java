package io.commentmod.comments.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;

/**
 * The other side of the hostile-input cases: text that looks odd but is what people really write is accepted and
 * kept exactly as sent. HTML and script in a body are text on a Q&amp;A site; the API returns them as JSON strings
 * (never as HTML) and whoever renders them escapes them.
 */
class LegitimateTextIsAcceptedIntegrationTest extends EmbeddedServersTest {

    private String article;

    @BeforeEach
    void givenARegisteredArticle() {
        article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
    }

    @Test
    void htmlAndScriptInTheBodyAreAcceptedAndReturnedUnchangedAsJsonText() {
        // Given
        String body = "Is <b>this</b> normal? <script>alert('x')</script><img src=x onerror=\"alert(1)\"> & &amp;";

        // When
        String id = service.submit(article, body);

        // Then it comes back as the same characters inside a JSON string, with sniffing turned off
        service.http().get().uri("/api/v1/comments/{id}", id).header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody().jsonPath("$.body").isEqualTo(body);
        assertThat(service.stored(id).body()).isEqualTo(body);
    }

    @Test
    void lineBreaksAndTabsInTheBodyAreKept() {
        String body = "First paragraph.\n\nSecond,\r\nwith a Windows line break.\n\t- an indented point";

        String id = service.submit(article, body);

        assertThat(service.stored(id).body()).isEqualTo(body);
    }

    @Test
    void rightToLeftTextEmojiAndJoinersInTheBodyAreKept() {
        // Arabic with a right-to-left mark, a family emoji built with zero-width joiners, Persian with a non-joiner
        String body = "\u0634\u0643\u0631\u0627\u064b\u200f \u2014 \ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67"
                + " \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";

        String id = service.submit(article, body);

        assertThat(service.stored(id).body()).isEqualTo(body);
    }

    @ParameterizedTest(name = "the name \"{0}\"")
    @ValueSource(strings = {"Zo\u00eb G\u00fcne\u015f", "\u0645\u062d\u0645\u062f", "\u674e\u96f7", "O'Brien-Smith",
            "$ne", "{\"$gt\": \"\"}", "<b>Maya</b>"})
    void namesInAnyScriptAndNamesThatLookLikeCodeAreStoredVerbatim(String name) {
        String id = service.submit(article, null, name, "reader@example.org", "Thank you for this.", false);

        assertThat(service.stored(id).author().name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "the email \"{0}\"")
    @ValueSource(strings = {"o'brien+therapy@example.co.uk", "first.last@sub.example.org", "jos\u00e9@b\u00fccher.de",
            "reader@xn--bcher-kva.de", "UPPER@EXAMPLE.ORG"})
    void ordinaryAndInternationalEmailsAreAccepted(String email) {
        String id = service.submit(article, null, "Reader", email, "Thank you for this.", false);

        assertThat(service.stored(id).author().email()).isEqualTo(email);
    }

    @Test
    void bodyThatLooksLikeAQueryIsStoredAsText() {
        String body = "{\"$where\": \"sleep(5000)\", \"$ne\": null}";

        String id = service.submit(article, body);

        assertThat(service.stored(id).body()).isEqualTo(body);
    }

    @Test
    void articleIdsAndTextsAtTheirMaximumLengthsAreAccepted() {
        // Given an article whose id has the longest allowed length
        String longId = "a-" + "9".repeat(98);
        Map<String, Object> therapist = Map.of("name", "Dr. Long", "email", "long@example.org");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", "t".repeat(300));
        request.put("url", "https://example.org/" + longId);
        request.put("therapist", therapist);
        service.http().put().uri("/api/v1/articles/{id}", longId).header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header("X-Api-Key", CommentServiceDriver.SITE_KEY).body(CommentServiceDriver.json(request))
                .exchange().expectStatus().is2xxSuccessful();

        // When, Then
        String id = service.submit(longId, null, "n".repeat(100), "reader@example.org", "b".repeat(5000), false);
        assertThat(service.stored(id).articleId()).isEqualTo(longId);
    }
}
