package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commentmod.contracts.DomainEvent;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.SampleThread;
import io.commentmod.testsupport.TopicReader;

/**
 * The whole system as a developer runs it: broker, Mongo and SMTP from the launcher, the three services and the demo
 * site from their packaged exec jars (the reactor builds them before this module). Written against the API in product.md; a
 * missing jar fails the class with the launcher's message rather than skipping it. The stack (with the demo thread
 * posted) is {@link SharedStack}, shared with the browser tests.
 */
@ExtendWith(SharedStack.Resolver.class)
class WholeSystemIT {

    private static final Duration MODERATION_DEADLINE = Duration.ofSeconds(60);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static DemoThread demo;
    private static CommentApiClient api;
    /** Comment ids by demo key, in posting order. */
    private static Map<String, String> ids;

    @BeforeAll
    static void startTheWholeSystemAndPostTheDemoThread(SharedStack shared) {
        stack = shared.stack();
        demo = shared.demo();
        api = shared.api();
        ids = shared.ids();
    }

    @Test
    void theRecruitmentMessageIsHeldAndEveryOtherCommentIsPublished() {
        assertThat(demo.comment("survey").expectedStatus()).isEqualTo("HELD");
        assertThat(demo.comments()).filteredOn(c -> !c.key().equals("survey"))
                .allSatisfy(c -> assertThat(c.expectedStatus()).isEqualTo("PUBLISHED"));

        await().atMost(MODERATION_DEADLINE).untilAsserted(() -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            Map<String, String> expected = new LinkedHashMap<>();
            for (DemoThread.Comment comment : demo.comments()) {
                statuses.put(comment.key(), api.getJson("/api/v1/comments/" + ids.get(comment.key())).path("status").asText());
                expected.put(comment.key(), comment.expectedStatus());
            }
            assertThat(statuses).isEqualTo(expected);
        });
    }

    @Test
    void thePublicThreadShowsPublishedCommentsOnlyThreadedOldestFirstAndWithoutEmails() {
        awaitFinalStatuses();
        String survey = demo.comment("survey").body();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> response = getWithoutApiKey(
                    stack.serviceUri(Service.COMMENT).resolve("/api/v1/articles/" + demo.article().id() + "/comments"));
            assertThat(response.statusCode()).as("the thread is public").isEqualTo(200);
            String raw = response.body();
            JsonNode thread = JSON.readTree(raw);

            List<String> order = new ArrayList<>();
            Map<String, JsonNode> nodes = new HashMap<>();
            Map<String, String> enclosing = new HashMap<>();
            collectComments(thread, null, order, nodes, enclosing);

            assertThat(order).as("every published comment is in the thread")
                    .containsAll(publishedIds());
            assertThat(raw).as("the held message's text").doesNotContain(survey.substring(0, 40));
            assertThat(raw).as("the held message's text").doesNotContain("master's thesis");
            assertThat(EMAIL_ADDRESS.matcher(raw).results().map(r -> r.group()).toList())
                    .as("email addresses in the public thread").isEmpty();

            // top-level comments oldest first
            assertThat(order.indexOf(ids.get("story"))).isLessThan(order.indexOf(ids.get("blunt")));
            assertThat(order.indexOf(ids.get("blunt"))).isLessThan(order.indexOf(ids.get("supportive")));
            // the reply hangs under the comment it answers: nested inside it, or pointing at it by parentId
            String reply = ids.get("reply-to-story");
            String parent = ids.get("story");
            assertThat(parent.equals(enclosing.get(reply)) || parent.equals(nodes.get(reply).path("parentId").asText()))
                    .as("reply %s is threaded under %s in %s", reply, parent, raw).isTrue();
        });
    }

    @Test
    void theTherapistGetsOneEmailPerPublishedCommentAndNobodyGetsAnEmailTwice() {
        awaitFinalStatuses();
        String therapist = demo.article().therapist().email();

        // one email per published comment of the demo thread (other end-to-end tests sharing this stack publish
        // comments on the article too, so the thread's comments are counted one by one, not the therapist's mail)
        await().atMost(MODERATION_DEADLINE).until(() -> eachPublishedDemoCommentMentionedOnce(therapist));
        // and it stays that way: no second copy arrives late (e.g. from a redelivered event)
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> eachPublishedDemoCommentMentionedOnce(therapist));

        List<CapturedMail> toTherapist = mailTo(therapist);
        for (DemoThread.Comment comment : demo.comments()) {
            long mentions = toTherapist.stream().filter(mail -> mentions(mail, comment)).count();
            if (comment.expectedStatus().equals("PUBLISHED")) {
                assertThat(mentions).as("emails to the therapist about '%s'", comment.key()).isEqualTo(1);
            } else {
                assertThat(mentions).as("emails to the therapist about held '%s'", comment.key()).isZero();
            }
        }

        Map<String, Long> copies = stack.capturedMail().stream()
                .flatMap(mail -> mail.recipients().stream().map(to -> to + "\n" + mail.subject() + "\n" + normalize(mail.body())))
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        assertThat(copies).as("identical emails to the same recipient").allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(stack.capturedMail()).as("no email at all to the author of the held message")
                .noneMatch(mail -> mail.recipients().contains(demo.comment("survey").author().email()));
    }

    /**
     * The acceptance example of product.md: the sample page's thread (read from the shared folder beside the
     * repository, skipped without it) posted in order, the replies to the recruitment message as replies.
     */
    @Test
    void theSampleThreadEndsWithTheRecruitmentMessageHeldAndEveryOtherCommentPublished() throws Exception {
        Optional<Path> seed = SampleThread.locate();
        assumeTrue(seed.isPresent(), "the sample thread is not beside the repository");
        List<SampleThread.SampleComment> sample = SampleThread.parse(seed.get());
        DemoThread.Person therapist = new DemoThread.Person("Sample Therapist", "sample.therapist@example.org");
        DemoThread thread = new DemoThread(
                new DemoThread.Article("sample-therapist-cries", "My therapist cries during our sessions",
                        "https://example.org/sample-therapist-cries", therapist),
                sample.stream().map(c -> new DemoThread.Comment("c" + c.index(),
                        c.isReply() ? "c" + c.parentIndex() : null,
                        new DemoThread.Person(c.author(), "reader" + c.index() + "@example.org"), c.body(), true,
                        c.author().equals("AliceResearcher") ? "HELD" : "PUBLISHED")).toList());
        assertThat(thread.comments()).filteredOn(c -> c.replyTo() != null).hasSize(2);

        assertThat(api.registerArticle(thread.article())).isEqualTo(201);
        Map<String, String> sampleIds = api.postThread(thread);

        await().atMost(MODERATION_DEADLINE).untilAsserted(() -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            Map<String, String> expected = new LinkedHashMap<>();
            for (DemoThread.Comment comment : thread.comments()) {
                String label = comment.key() + " " + comment.author().name();
                statuses.put(label, api.getJson("/api/v1/comments/" + sampleIds.get(comment.key())).path("status").asText());
                expected.put(label, comment.expectedStatus());
            }
            assertThat(statuses).isEqualTo(expected);
        });

        long published = thread.comments().stream().filter(c -> c.expectedStatus().equals("PUBLISHED")).count();
        await().atMost(MODERATION_DEADLINE).until(() -> mailTo(therapist.email()).size() == published);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> mailTo(therapist.email()).size() == published);

        String held = thread.comments().stream().filter(c -> c.expectedStatus().equals("HELD")).findFirst()
                .orElseThrow().body();
        String raw = getWithoutApiKey(stack.serviceUri(Service.COMMENT)
                .resolve("/api/v1/articles/" + thread.article().id() + "/comments")).body();
        assertThat(raw).doesNotContain(normalize(held).substring(0, 40));
        assertThat(EMAIL_ADDRESS.matcher(raw).results().toList()).isEmpty();
        JsonNode placeholder = findById(JSON.readTree(raw), sampleIds.get("c3"));
        assertThat(placeholder).as("the held comment's place in the thread").isNotNull();
        assertThat(placeholder.path("hidden").asBoolean()).isTrue();
        assertThat(placeholder.path("replies")).hasSize(2);
        assertThat(stack.capturedMail()).as("nobody is emailed about the held comment or as its author")
                .noneMatch(mail -> mail.recipients().contains("reader3@example.org"));
    }

    @Test
    void theDemoSiteShowsTheDemoArticleWithItsPublishedCommentsAndNeverTheHeldOne() {
        awaitFinalStatuses();
        String article = "/articles/" + demo.article().id();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> response = new SiteVisitor().get(article);
            assertThat(response.statusCode()).isEqualTo(200);
            String page = response.body();
            assertThat(page).contains(html(demo.article().title()), html(demo.article().therapist().name()),
                    "Leave a comment");
            for (DemoThread.Comment comment : demo.comments()) {
                String start = html(comment.body().substring(0, 40));
                if (comment.expectedStatus().equals("PUBLISHED")) {
                    assertThat(page).as("published '%s' on the page", comment.key()).contains(start,
                            html(comment.author().name()), "id=\"comment-" + ids.get(comment.key()) + "\"");
                } else {
                    assertThat(page).as("held '%s' on the page", comment.key()).doesNotContain(start);
                }
            }
            assertThat(EMAIL_ADDRESS.matcher(page).results().map(r -> r.group()).toList())
                    .as("email addresses on the page").isEmpty();
            assertThat(page).doesNotContain(LocalStack.SITE_API_KEY);
        });
    }

    @Test
    void aCommentPostedThroughTheDemoSiteIsShownOnlyToItsPosterAsAwaitingModerationWhileHeld() throws Exception {
        String article = "/articles/" + demo.article().id();
        String recruitment = "Hello everyone! I am collecting answers for my psychology dissertation about humour in"
                + " therapy sessions. The questionnaire takes ten minutes and everyone who completes it can win a"
                + " bookshop voucher. Please email me at lena.dissertation@example.net to take part, and pass this on"
                + " to friends who might be interested!";
        SiteVisitor poster = new SiteVisitor();

        HttpResponse<String> posted = poster.post(article + "/comments", Map.of("name", "Lena (student)",
                "email", "lena.dissertation@example.net", "body", recruitment, "notifyOnReply", "true"));
        assertThat(posted.statusCode()).as("POST-redirect-GET: %s", posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(article + "#comment-");
        String id = location.substring(location.indexOf("#comment-") + "#comment-".length());

        await().atMost(MODERATION_DEADLINE).until(
                () -> api.getJson("/api/v1/comments/" + id).path("status").asText().equals("HELD"));

        String postersView = poster.get(URI.create(location).getRawPath()).body();
        assertThat(postersView).contains("id=\"comment-" + id + "\"", "Your comment is awaiting moderation.",
                html(recruitment.substring(0, 60)));
        String someoneElsesView = new SiteVisitor().get(article).body();
        assertThat(someoneElsesView).doesNotContain(html(recruitment.substring(0, 60)), "comment-" + id,
                "awaiting moderation");
        assertThat(api.getJson("/api/v1/articles/" + demo.article().id() + "/comments").toString())
                .as("the public thread").doesNotContain(recruitment.substring(0, 40), id);
    }

    @Test
    void aCommentFromSomeoneAtRiskIsHeldAndTheOnCallModeratorIsAlertedWithALinkToTheCase() throws Exception {
        String article = "/articles/" + demo.article().id();
        String distress = "Reading this tonight I feel like I want to die and I have no one to talk to.";

        HttpResponse<String> posted = new SiteVisitor().post(article + "/comments", Map.of("name", "Anonymous",
                "email", "quiet.reader@example.net", "body", distress));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.indexOf("#comment-") + "#comment-".length());

        await().atMost(MODERATION_DEADLINE).until(
                () -> api.getJson("/api/v1/comments/" + id).path("status").asText().equals("HELD"));
        await().atMost(MODERATION_DEADLINE).until(() -> mailTo(LocalStack.ON_CALL_EMAIL).stream()
                .anyMatch(mail -> mail.body().contains("/console/cases/" + id)));
        List<CapturedMail> alerts = mailTo(LocalStack.ON_CALL_EMAIL).stream()
                .filter(mail -> mail.body().contains("/console/cases/" + id)).toList();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.subject()).startsWith("URGENT");
            assertThat(alert.body()).as("the alert does not carry the comment's words").doesNotContain("no one to talk");
        });
        assertThat(mailTo("quiet.reader@example.net")).as("nothing to the author of a held comment").isEmpty();
    }

    @Test
    void oneCommentIsOneTraceFromTheRequestThroughEveryServiceItsEventsPassThrough() {
        String id = api.postComment(demo.article().id(), null, new DemoThread.Comment("trace", null,
                new DemoThread.Person("Noor", "noor.reader@example.net"),
                "Thank you for writing this, it helped me understand my own sessions a little better.", false,
                "PUBLISHED"));
        await().atMost(MODERATION_DEADLINE).until(
                () -> api.getJson("/api/v1/comments/" + id).path("status").asText().equals("PUBLISHED"));

        // Each service continues the trace of the event it handles (W3C traceparent in the record headers)
        List<String> traceIds = new ArrayList<>();
        for (String topic : List.of(Topics.COMMENT_SUBMITTED, Topics.COMMENT_MODERATED,
                Topics.COMMENT_STATUS_CHANGED)) {
            try (TopicReader reader = new TopicReader(stack.kafkaBootstrapServers(), topic)) {
                ConsumerRecord<String, DomainEvent> record = await().atMost(MODERATION_DEADLINE)
                        .until(() -> reader.poll(Duration.ofMillis(500)).stream()
                                .filter(r -> id.equals(r.key())).findFirst().orElse(null), found -> found != null);
                Header traceparent = record.headers().lastHeader("traceparent");
                assertThat(traceparent).as("traceparent on %s", topic).isNotNull();
                traceIds.add(new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1]);
            }
        }
        assertThat(traceIds).hasSize(3).allMatch(traceId -> traceId.equals(traceIds.get(0)))
                .allMatch(traceId -> traceId.matches("[0-9a-f]{32}"));
    }

    /** Thymeleaf's escaping of text, to find a comment's text in the page's HTML. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A browser on the demo site: its own session cookie, forms posted url-encoded, redirects not followed. */
    private static final class SiteVisitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(stack.serviceUri(Service.DEMO_SITE).resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String form = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(stack.serviceUri(Service.DEMO_SITE).resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode findById(JsonNode node, String id) {
        if (node.isObject() && id.equals(node.path("id").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findById(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void awaitFinalStatuses() {
        await().atMost(MODERATION_DEADLINE).until(() -> demo.comments().stream().allMatch(comment ->
                comment.expectedStatus().equals(api.getJson("/api/v1/comments/" + ids.get(comment.key())).path("status").asText())));
    }

    private static Set<String> publishedIds() {
        return demo.comments().stream().filter(c -> c.expectedStatus().equals("PUBLISHED"))
                .map(c -> ids.get(c.key())).collect(Collectors.toSet());
    }

    private static List<CapturedMail> mailTo(String recipient) {
        return stack.capturedMail().stream().filter(mail -> mail.recipients().contains(recipient)).toList();
    }

    /** An email is about a comment if it carries the comment's id or quotes the start of its text. */
    private static boolean mentions(CapturedMail mail, DemoThread.Comment comment) {
        String text = normalize(mail.subject() + " " + mail.body());
        return text.contains(ids.get(comment.key())) || text.contains(normalize(comment.body()).substring(0, 30));
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * Walks the thread JSON, whatever its exact shape, recording every object that has an id in document order,
     * and for each the id of the nearest enclosing object that also has one (its parent when replies are nested).
     */
    private static void collectComments(JsonNode node, String enclosingId, List<String> order,
                                        Map<String, JsonNode> nodes, Map<String, String> enclosing) {
        if (node.isArray()) {
            node.forEach(child -> collectComments(child, enclosingId, order, nodes, enclosing));
        } else if (node.isObject()) {
            String id = node.hasNonNull("id") ? node.get("id").asText() : null;
            if (id != null) {
                order.add(id);
                nodes.put(id, node);
                if (enclosingId != null) {
                    enclosing.put(id, enclosingId);
                }
            }
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collectComments(children.next(), id != null ? id : enclosingId, order, nodes, enclosing);
            }
        }
    }

    private static HttpResponse<String> getWithoutApiKey(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean eachPublishedDemoCommentMentionedOnce(String therapist) {
        List<CapturedMail> toTherapist = mailTo(therapist);
        return demo.comments().stream().filter(c -> c.expectedStatus().equals("PUBLISHED"))
                .allMatch(c -> toTherapist.stream().filter(mail -> mentions(mail, c)).count() == 1);
    }
}
