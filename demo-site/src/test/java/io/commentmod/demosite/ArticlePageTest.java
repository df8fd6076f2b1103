package io.commentmod.demosite;

import static io.commentmod.demosite.Browser.form;
import static io.commentmod.demosite.FakeCommentService.hidden;
import static io.commentmod.demosite.FakeCommentService.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article page as a visitor uses it, in front of a fake comment-service that answers like the real API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticlePageTest {

    static final String SITE_KEY = "test-site-key-7c41e9";
    static final String ARTICLE = "/articles/demo-laughing-therapist";
    static final String POST = ARTICLE + "/comments";

    static final FakeCommentService commentService = FakeCommentService.start(0, SITE_KEY);

    @DynamicPropertySource
    static void pointAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("commentmod.demo-site.comment-service-url", commentService::baseUrl);
        registry.add("commentmod.demo-site.site-api-key", () -> SITE_KEY);
    }

    @AfterAll
    static void stopTheFake() {
        commentService.close();
    }

    @LocalServerPort
    int port;

    Browser visitor;

    @BeforeEach
    void freshVisitorAndThread() {
        commentService.reset();
        visitor = new Browser(port);
    }

    @Test
    void theHomePageRedirectsToTheArticle() {
        HttpResponse<String> response = visitor.get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ARTICLE));
    }

    @Test
    void theArticleShowsTheQuestionTheTherapistsAnswerAndTheCommentForm() {
        String page = visitor.get(ARTICLE).body();

        assertThat(page).contains("<html lang=\"en\"", "My therapist laughed during a session; should I worry?",
                "grandmother&#39;s piano", "Dr. Maya Lindqvist, LMFT answers", "Leave a comment");
        assertThat(page).contains("<label for=\"name\">Name<span class=\"required\" aria-hidden=\"true\">*</span>",
                "<label for=\"email\">Email<span", "<label for=\"body\">Comment<span", "Notify me of replies");
        assertThat(page).contains("maxlength=\"100\"", "maxlength=\"254\"", "maxlength=\"5000\"");
    }

    @Test
    void onlyPublishedCommentsAreShown() {
        commentService.thread(List.of(
                published("p1", "Jonas", "Laughing together helped me.", "2026-11-20T09:00:00Z", List.of()),
                hidden("h1", List.of(
                        published("p2", "Tomasz", "I would rather keep this thread personal.",
                                "2026-11-21T09:00:00Z", List.of())))));

        String page = visitor.get(ARTICLE).body();

        assertThat(page).contains("2 comments", "Jonas", "Laughing together helped me.", "20 November 2026",
                "Tomasz", "I would rather keep this thread personal.", "This comment is not shown.");
        assertThat(page).doesNotContain("awaiting moderation");
    }

    @Test
    void repliesAreIndentedUnderTheirParent() {
        commentService.thread(List.of(
                published("p1", "Jonas", "First.", "2026-11-20T09:00:00Z", List.of(
                        published("r1", "Priya", "A reply to Jonas.", "2026-11-20T10:00:00Z", List.of()))),
                published("p2", "Renata", "Second.", "2026-11-20T11:00:00Z", List.of())));

        String page = visitor.get(ARTICLE).body();

        int parent = page.indexOf("id=\"comment-p1\"");
        int replies = page.indexOf("<ol class=\"replies\">", parent);
        int reply = page.indexOf("id=\"comment-r1\"");
        int next = page.indexOf("id=\"comment-p2\"");
        assertThat(parent).isPositive();
        assertThat(replies).as("the parent's list of replies").isGreaterThan(parent).isLessThan(reply);
        assertThat(reply).as("the reply sits inside its parent, before the next comment").isLessThan(next);
    }

    @Test
    void userTextIsEscaped() {
        commentService.thread(List.of(published("p1", "<b>Mallory</b>", "<script>alert('x')</script>",
                "2026-11-20T09:00:00Z", List.of())));

        String page = visitor.get(ARTICLE).body();

        assertThat(page).doesNotContain("<script>", "<b>Mallory</b>");
        assertThat(page).contains("&lt;script&gt;", "&lt;b&gt;Mallory&lt;/b&gt;");
    }

    @Test
    void aPostedCommentGoesToCommentServiceWithTheSiteKeyAndRedirectsBackToTheArticle() {
        HttpResponse<String> response = visitor.post(POST, form("name", "Sam", "email", "sam@example.org",
                "body", "My counsellor once laughed with me and it helped.", "notifyOnReply", "true"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ARTICLE + "#comment-c101"));
        List<FakeCommentService.Request> posts = commentService.requests("POST", "/api/v1/comments");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).apiKey()).isEqualTo(SITE_KEY);
        assertThat(posts.get(0).body()).contains("\"articleId\":\"demo-laughing-therapist\"",
                "\"author\":{\"name\":\"Sam\",\"email\":\"sam@example.org\"}",
                "\"body\":\"My counsellor once laughed with me and it helped.\"", "\"notifyOnReply\":true")
                .doesNotContain("parentId");
    }

    @Test
    void aHeldCommentShowsItsAuthorAwaitingModeration() {
        String text = "I am recruiting for a survey, please write to me.";
        visitor.postAndFollow(POST, form("name", "Kim", "email", "kim@example.org", "body", text));
        commentService.setStatus("c101", "HELD");

        String authorsView = visitor.get(ARTICLE).body();
        String someoneElsesView = new Browser(port).get(ARTICLE).body();

        assertThat(authorsView).contains("id=\"comment-c101\"", "Your comment is awaiting moderation.", text, "Kim");
        assertThat(authorsView).as("only published comments are counted").contains("0 comments");
        assertThat(someoneElsesView).doesNotContain(text, "awaiting moderation");
    }

    @Test
    void aPendingCommentIsAlsoAwaitingModerationRightAfterPosting() {
        String page = visitor.postAndFollow(POST, form("name", "Sam", "email", "sam@example.org",
                "body", "Thank you for this answer.")).body();

        assertThat(page).contains("Your comment is awaiting moderation.", "Thank you for this answer.");
    }

    @Test
    void aRejectedCommentShowsItsAuthorOnlyANeutralNote() {
        visitor.postAndFollow(POST, form("name", "Spam", "email", "spam@example.org", "body", "Cheap pills here"));
        commentService.setStatus("c101", "REJECTED");

        String page = visitor.get(ARTICLE).body();

        assertThat(page).contains("Your comment was not published.").doesNotContain("Cheap pills here",
                "awaiting moderation");
    }

    @Test
    void aPublishedCommentAppearsOnceInTheThread() {
        visitor.postAndFollow(POST, form("name", "Sam", "email", "sam@example.org", "body", "Glad I read this."));
        commentService.setStatus("c101", "PUBLISHED");
        commentService.thread(List.of(published("c101", "Sam", "Glad I read this.", "2026-11-26T10:16:00Z",
                List.of())));

        String page = visitor.get(ARTICLE).body();

        assertThat(page.split("Glad I read this\\.", -1)).hasSize(2);
        assertThat(page).doesNotContain("awaiting moderation").contains("1 comment");
    }

    @Test
    void aReplyIsPostedWithItsParentAndWaitsUnderIt() {
        commentService.thread(List.of(
                published("p1", "Jonas", "First.", "2026-11-20T09:00:00Z", List.of()),
                published("p2", "Renata", "Second.", "2026-11-20T11:00:00Z", List.of())));

        String form = visitor.get(ARTICLE + "?replyTo=p1").body();
        assertThat(form).contains("Reply to Jonas", "name=\"parentId\" value=\"p1\"");

        String page = visitor.postAndFollow(POST, form("parentId", "p1", "name", "Sam", "email", "sam@example.org",
                "body", "Same here, Jonas.")).body();

        assertThat(commentService.requests("POST", "/api/v1/comments").get(0).body()).contains("\"parentId\":\"p1\"");
        int parent = page.indexOf("id=\"comment-p1\"");
        int own = page.indexOf("id=\"comment-c101\"");
        int next = page.indexOf("id=\"comment-p2\"");
        assertThat(own).as("the pending reply sits under the comment it answers").isGreaterThan(parent)
                .isLessThan(next);
    }

    @Test
    void fieldErrorsFromTheApiAppearNextToTheirFields() {
        commentService.answerSubmissionsWith(FakeCommentService.validationProblem(Map.of(
                "author.email", "must be a well-formed email address",
                "body", "must not be blank")));

        HttpResponse<String> response = visitor.post(POST, form("name", "Sam", "email", "sam-at-example",
                "body", " ", "notifyOnReply", "true"));

        assertThat(response.statusCode()).isEqualTo(400);
        String page = response.body();
        assertThat(page).contains("value=\"Sam\"", "value=\"sam-at-example\"", "checked");
        assertThat(page).containsPattern(
                "id=\"email\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"email-error\"");
        assertThat(page).contains("<p id=\"email-error\" class=\"field-error\">Must be a well-formed email address.</p>",
                "<p id=\"body-error\" class=\"field-error\">Must not be blank.</p>");
        assertThat(page).doesNotContain("name-error");
        int emailField = page.indexOf("id=\"email\"");
        int emailError = page.indexOf("id=\"email-error\"");
        int nextField = page.indexOf("id=\"notifyOnReply\"");
        assertThat(emailError).as("the message follows its field").isGreaterThan(emailField).isLessThan(nextField);
    }

    @Test
    void whenCommentServiceFailsTheVisitorGetsAFriendlyMessageAndKeepsTheirInput() {
        for (FakeCommentService.Response failure : List.of(FakeCommentService.problem(500, "Internal Server Error"),
                FakeCommentService.problem(401, "Unauthorized"))) {
            commentService.answerSubmissionsWith(failure);

            HttpResponse<String> response = visitor.post(POST, form("name", "Sam", "email", "sam@example.org",
                    "body", "Words I do not want to lose."));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains("we could not send your comment just now",
                    ">Words I do not want to lose.</textarea>", "value=\"sam@example.org\"");
        }
    }

    @Test
    void whenCommentServiceIsDownTheArticleIsStillShown() {
        commentService.answerThreadWith(FakeCommentService.problem(503, "Service Unavailable"));

        HttpResponse<String> response = visitor.get(ARTICLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dr. Maya Lindqvist, LMFT answers",
                "Comments cannot be loaded right now.", "Leave a comment");
    }

    @Test
    void aReportGoesThroughTheProxyWithItsReason() {
        commentService.thread(List.of(published("p1", "Jonas", "First.", "2026-11-20T09:00:00Z", List.of())));

        HttpResponse<String> response = visitor.post(ARTICLE + "/comments/p1/reports",
                form("reason", "Spam or advertising"));
        String page = visitor.get(ARTICLE).body();

        assertThat(response.statusCode()).isEqualTo(302);
        List<FakeCommentService.Request> reports = commentService.requests("POST", "/api/v1/comments/p1/reports");
        assertThat(reports).singleElement()
                .satisfies(report -> assertThat(report.body()).isEqualTo("{\"reason\":\"Spam or advertising\"}"));
        assertThat(page).contains("Thank you. A moderator will look at this comment.");
    }

    @Test
    void theSiteKeyNeverReachesTheBrowser() {
        commentService.thread(List.of(published("p1", "Jonas", "First.", "2026-11-20T09:00:00Z", List.of())));
        List<HttpResponse<String>> responses = new java.util.ArrayList<>();

        responses.add(visitor.get("/"));
        responses.add(visitor.get(ARTICLE));
        responses.add(visitor.get(ARTICLE + "?replyTo=p1"));
        responses.add(visitor.post(POST, form("name", "Sam", "email", "sam@example.org", "body", "Hello.")));
        responses.add(visitor.get(ARTICLE));
        responses.add(visitor.post(ARTICLE + "/comments/p1/reports", form("reason", "Something else")));
        commentService.answerSubmissionsWith(FakeCommentService.validationProblem(Map.of("body", "must not be blank")));
        responses.add(visitor.post(POST, form("name", "Sam", "email", "sam@example.org", "body", "")));
        commentService.answerSubmissionsWith(FakeCommentService.problem(401, "Unauthorized"));
        responses.add(visitor.post(POST, form("name", "Sam", "email", "sam@example.org", "body", "Hi")));
        responses.add(visitor.get("/css/site.css"));
        responses.add(visitor.get("/actuator/health"));

        assertThat(commentService.requests()).as("the key is in use").anyMatch(r -> SITE_KEY.equals(r.apiKey()));
        for (HttpResponse<String> response : responses) {
            assertThat(response.body()).as("body of %s", response.uri()).doesNotContain(SITE_KEY);
            assertThat(response.headers().map().toString()).as("headers of %s", response.uri())
                    .doesNotContain(SITE_KEY).doesNotContain(commentService.baseUrl());
        }
    }

    @Test
    void readersWhoNeverCommentGetNoCookie() {
        commentService.thread(List.of(published("p1", "Jonas", "First.", "2026-11-20T09:00:00Z", List.of())));

        HttpResponse<String> response = visitor.get(ARTICLE);

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(visitor.post(POST, form("name", "Sam", "email", "sam@example.org", "body", "Hello."))
                .headers().allValues("Set-Cookie")).as("posting starts the session that remembers the comment")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly",
                        "SameSite=Lax"));
    }

    @Test
    void anotherArticleIdIsNotAPageHere() {
        assertThat(visitor.get("/articles/some-other-article").statusCode()).isEqualTo(404);
    }
}
