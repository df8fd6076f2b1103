package io.commentmod.moderation.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ConsoleBrowser;
import io.commentmod.moderation.ModerationIntegrationTest;

/** The console's pages and forms over HTTP, as a moderator's browser uses them. */
class ConsoleIntegrationTest extends ModerationIntegrationTest {

    private static final String RECRUITING = "We are running a paid survey for clients of therapists. "
            + "Please contact me if you want to take part.";

    private String held(String body) throws Exception {
        String id = newCommentId();
        send(Topics.COMMENT_SUBMITTED, id, submitted(id, body));
        assertThat(awaitCase(id).status()).isEqualTo(CommentStatus.HELD);
        return id;
    }

    private ConsoleBrowser signedIn() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);
        browser.signIn(MODERATOR, MODERATOR_PASSWORD);
        return browser;
    }

    @Test
    void theQueuePageListsHeldCommentsWithTheirReasonsAndCounts() throws Exception {
        String id = held(RECRUITING);

        String page = signedIn().get("/console").body();

        assertThat(page).contains("data-comment-id=\"" + id + "\"").contains("promotion.solicitation")
                .contains("Approve selected (a)").containsPattern(ConsoleBrowser.CSRF);
        assertThat(page).containsPattern("data-count=\"pending\">1<");
    }

    @Test
    void theCasePageMarksWhatTheRulesMatchedAndShowsTheHistory() throws Exception {
        String id = held(RECRUITING);

        String page = signedIn().get("/console/cases/" + id).body();

        assertThat(page).contains("<mark title=\"promotion.solicitation\">Please contact me</mark>")
                .contains("AUTOMATIC rules-").contains("name=\"revision\" value=\"1\"");
    }

    @Test
    void commentTextIsEscapedOnEveryPage() throws Exception {
        String id = held(RECRUITING + " <script>alert('x')</script>");

        ConsoleBrowser browser = signedIn();

        assertThat(browser.get("/console").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(browser.get("/console/cases/" + id).body()).doesNotContain("<script>alert")
                .contains("&lt;script&gt;");
    }

    @Test
    void approvingOnTheCasePagePublishesTheCommentAndReturnsToTheQueue() throws Exception {
        String id = held(RECRUITING);
        ConsoleBrowser browser = signedIn();
        String token = ConsoleBrowser.csrfOf(browser.get("/console/cases/" + id).body());

        HttpResponse<String> decided = browser.postForm("/console/cases/" + id + "/decision", Map.of(
                "decision", "APPROVE", "note", "An approved study.", "revision", "1", "_csrf", token));

        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith("/console?view=WAITING");
        assertThat(awaitCase(id).status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(awaitCase(id).history().get(1).actor().id()).isEqualTo(MODERATOR);
        assertThat(browser.get("/console?view=WAITING").body()).contains("Approved the comment.");
    }

    @Test
    void aDecisionOnAStaleRevisionShowsWhatHappenedInstead() throws Exception {
        String id = held(RECRUITING);
        ConsoleBrowser browser = signedIn();
        String token = ConsoleBrowser.csrfOf(browser.get("/console/cases/" + id).body());
        assertThat(moderatorPost("/api/v1/moderation/cases/" + id + "/decision",
                "{\"decision\":\"REJECT\",\"category\":\"SPAM\"}").status()).isEqualTo(200);

        HttpResponse<String> stale = browser.postForm("/console/cases/" + id + "/decision", Map.of(
                "decision", "APPROVE", "revision", "1", "_csrf", token));

        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/console/cases/" + id);
        assertThat(awaitCase(id).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(browser.get("/console/cases/" + id).body()).contains("Another moderator decided");
    }

    @Test
    void selectedCommentsAreRejectedTogether() throws Exception {
        String first = held(RECRUITING);
        String second = held(RECRUITING + " Thanks.");
        String untouched = held(RECRUITING + " Please!");
        ConsoleBrowser browser = signedIn();
        String token = ConsoleBrowser.csrfOf(browser.get("/console").body());

        HttpResponse<String> decided = browser.postForm("/console/decisions", Map.of("commentIds",
                List.of(first, second), "decision", "REJECT", "category", "PROMOTION", "_csrf", token));

        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(awaitCase(first).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(awaitCase(second).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(awaitCase(second).history().get(1).category()).isEqualTo("PROMOTION");
        assertThat(awaitCase(untouched).status()).isEqualTo(CommentStatus.HELD);
        assertThat(browser.get(decided.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("Rejected 2 comments.");
    }
}
