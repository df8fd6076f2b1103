package io.commentmod.moderation.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.engine.EngineSettings;
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

    @Test
    void fromACaseAModeratorBlocksTheAuthorAndRejectsAllTheirComments() throws Exception {
        String author = "ads-" + newCommentId() + "@example.org";
        String published = newCommentId();
        send(Topics.COMMENT_SUBMITTED, published, submitted(published, "a-console", author, "Lovely article."));
        assertThat(awaitCase(published).status()).isEqualTo(CommentStatus.PUBLISHED);
        String heldOne = newCommentId();
        send(Topics.COMMENT_SUBMITTED, heldOne, submitted(heldOne, "a-console", author, RECRUITING));
        assertThat(awaitCase(heldOne).status()).isEqualTo(CommentStatus.HELD);
        ConsoleBrowser browser = signedIn();
        String token = ConsoleBrowser.csrfOf(browser.get("/console/cases/" + heldOne).body());

        HttpResponse<String> blocked = browser.postForm("/console/cases/" + heldOne + "/author/standing",
                Map.of("standing", "BLOCKED", "_csrf", token));
        assertThat(browser.get("/console/cases/" + heldOne).body())
                .contains("The author is blocked: their next comments are rejected.");
        HttpResponse<String> rejected = browser.postForm("/console/cases/" + heldOne + "/author/reject-all",
                Map.of("category", "SPAM", "_csrf", token));

        assertThat(blocked.statusCode()).isEqualTo(302);
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(awaitCase(published).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(awaitCase(heldOne).status()).isEqualTo(CommentStatus.REJECTED);
        String page = browser.get("/console/cases/" + heldOne).body();
        assertThat(page).contains("Rejected 2 comments of this author.").contains("· blocked");
        String next = newCommentId();
        send(Topics.COMMENT_SUBMITTED, next, submitted(next, "a-console", author, "Another ordinary comment."));
        assertThat(awaitCase(next).status()).isEqualTo(CommentStatus.REJECTED);
    }

    @Test
    void theStatsPageCountsTodaysDecisions() throws Exception {
        held(RECRUITING);
        String published = newCommentId();
        send(Topics.COMMENT_SUBMITTED, published, submitted(published, "Thank you for this kind answer."));
        assertThat(awaitCase(published).status()).isEqualTo(CommentStatus.PUBLISHED);

        String page = signedIn().get("/console/stats").body();

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(page).containsPattern(today + "</time></th>\\s*<td>1</td><td>1</td><td>0</td>\\s*<td>0</td>");
        assertThat(page).contains("promotion.solicitation");
    }

    @Test
    void anAdminPreviewsAnEditOnTheRulesPageAndThenSavesIt() throws Exception {
        String comment = newCommentId();
        send(Topics.COMMENT_SUBMITTED, comment, submitted(comment, "My zorblatt therapist cried with me once."));
        assertThat(awaitCase(comment).status()).isEqualTo(CommentStatus.PUBLISHED);
        EngineSettings before = ruleSets.active().settings();
        ConsoleBrowser admin = new ConsoleBrowser(port);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        String token = ConsoleBrowser.csrfOf(admin.get("/console/rules").body());
        Map<String, Object> form = formOf(RulesForm.of(before));
        form.put("bannedWords", String.join("\n", before.bannedWords()) + "\nzorblatt");
        form.put("_csrf", token);
        try {
            form.put("action", "preview");
            String previewed = admin.postForm("/console/rules", form).body();

            assertThat(previewed).contains("Comments the edit decides differently").contains(comment)
                    .contains("abuse.banned");
            assertThat(ruleSets.active().settings().bannedWords()).doesNotContain("zorblatt");

            form.put("action", "save");
            HttpResponse<String> saved = admin.postForm("/console/rules", form);

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(ruleSets.active().settings().bannedWords()).contains("zorblatt");
            assertThat(ruleSets.active().createdBy()).isEqualTo(ADMIN);
        } finally {
            ruleSets.publish(before, "test");
        }
    }

    @Test
    void invalidRulesAreExplainedAndNotSaved() throws Exception {
        ConsoleBrowser admin = new ConsoleBrowser(port);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        String version = ruleSets.active().version();
        Map<String, Object> form = formOf(RulesForm.of(ruleSets.active().settings()));
        form.put("holdThreshold", "-1");
        form.put("action", "save");
        form.put("_csrf", ConsoleBrowser.csrfOf(admin.get("/console/rules").body()));

        String page = admin.postForm("/console/rules", form).body();

        assertThat(page).contains("These settings cannot be used").contains("holdThreshold");
        assertThat(ruleSets.active().version()).isEqualTo(version);
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.commentmod.moderation.rules.RuleSets ruleSets;

    /** The form fields of the rules page, from a form record. */
    private static Map<String, Object> formOf(RulesForm form) throws Exception {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (var component : RulesForm.class.getRecordComponents()) {
            fields.put(component.getName(), String.valueOf(component.getAccessor().invoke(form)));
        }
        return fields;
    }
}
