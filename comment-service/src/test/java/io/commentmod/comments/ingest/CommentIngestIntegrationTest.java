package io.commentmod.comments.ingest;

import static io.commentmod.comments.support.CommentServiceDriver.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.TopicReader;

/** From the website's POST to the event moderation-service consumes, on real servers. */
class CommentIngestIntegrationTest extends EmbeddedServersTest {

    private static final Person THERAPIST = new Person("Dr. Jane Doe", "jane.doe@example.org");

    @Autowired
    private KafkaTemplate<String, Object> kafka;

    @Test
    void acceptedCommentIsAnnouncedOnceAndStoredPendingFromItsEvent() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());

        try (TopicReader submitted = service.read(Topics.COMMENT_SUBMITTED)) {
            // When
            String id = service.submit(article, null, "Maya", "maya@example.org", "  This helped me, thank you.  ",
                    true);

            // Then the comment is stored as PENDING
            CommentDocument stored = service.stored(id);
            assertThat(stored.status()).isEqualTo(CommentStatus.PENDING);
            assertThat(stored.articleId()).isEqualTo(article);
            assertThat(stored.author()).isEqualTo(new Person("Maya", "maya@example.org"));
            assertThat(stored.body()).isEqualTo("This helped me, thank you.");
            assertThat(stored.notifyOnReply()).isTrue();
            assertThat(stored.moderationRevision()).isZero();

            // and announced once, with what moderation needs
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(submitted.eventsFor(id)).hasSize(1));
            CommentSubmitted event = (CommentSubmitted) submitted.eventsFor(id).get(0);
            assertThat(event.meta().key()).isEqualTo(id);
            assertThat(event.meta().type()).isEqualTo(CommentSubmitted.TYPE);
            assertThat(event.commentId()).isEqualTo(id);
            assertThat(event.article()).isEqualTo(new ArticleRef(article, "My therapist cries during our sessions",
                    "https://example.org/questions/" + article, THERAPIST));
            assertThat(event.parentId()).isNull();
            assertThat(event.author()).isEqualTo(new Person("Maya", "maya@example.org"));
            assertThat(event.body()).isEqualTo("This helped me, thank you.");
            assertThat(event.notifyOnReply()).isTrue();
            assertThat(event.byArticleTherapist()).isFalse();
            assertThat(event.submittedAt()).isEqualTo(stored.submittedAt());

            // and the stored comment has nothing left to publish: its event is the record it was stored from
            assertThat(service.outboxOf(id)).isEmpty();
        }
    }

    @Test
    void commentCanBeReadBackAndAnsweredTheMomentItIsAccepted() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());

        // When the website posts a comment and reads it back at once, as the demo site does after its redirect
        String id = postWithoutWaiting(article, null, "Straight back");

        // Then it is there, pending, whether or not the store has caught up yet
        service.http().get().uri("/api/v1/comments/{id}", id).header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.body").isEqualTo("Straight back");
        // and a reply to it is accepted
        String reply = postWithoutWaiting(article, id, "Answering at once");
        assertThat(service.awaitStored(reply)).isEqualTo(reply);
        assertThat(service.stored(reply).parentId()).isEqualTo(id);
    }

    @Test
    void verdictThatArrivesBeforeItsCommentIsStoredIsAppliedOnceItIs() throws Exception {
        // Given a verdict for a comment the store has not seen yet
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = CommentServiceDriver.uniqueId("early");
        service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));

        // When the comment's own record follows
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CommentSubmitted submitted = new CommentSubmitted(
                EventMeta.create(CommentSubmitted.TYPE, CommentSubmitted.VERSION, id, now), id,
                new ArticleRef(article, "Title", "https://example.org/" + article, THERAPIST), null,
                new Person("Maya", "maya@example.org"), "Overtaken by its verdict", false, false, now);
        kafka.send(Topics.COMMENT_SUBMITTED, id, submitted).get(10, TimeUnit.SECONDS);

        // Then the verdict waited for it instead of being dropped
        service.awaitStatus(id, CommentStatus.PUBLISHED);
        assertThat(service.stored(id).moderationRevision()).isEqualTo(1);
    }

    private String postWithoutWaiting(String article, String parentId, String body) {
        String parent = parentId == null ? "" : "\"parentId\":\"" + parentId + "\",";
        return service.http().post().uri("/api/v1/comments").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"articleId\":\"" + article + "\"," + parent
                        + "\"author\":{\"name\":\"Maya\",\"email\":\"maya@example.org\"},\"body\":\"" + body
                        + "\"}")
                .exchange().expectStatus().isAccepted().expectBody(IdOnly.class).returnResult().getResponseBody()
                .id();
    }

    private record IdOnly(String id) {
    }

    @Test
    void commentByTheArticlesTherapistIsMarkedWhateverTheEmailCase() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), "Jane.Doe@Example.org");

        try (TopicReader submitted = service.read(Topics.COMMENT_SUBMITTED)) {
            // When
            String id = service.submit(article, null, THERAPIST.name(), "jane.doe@EXAMPLE.ORG", "Thank you all.",
                    false);

            // Then
            assertThat(service.stored(id).byArticleTherapist()).isTrue();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(submitted.eventsFor(id)).singleElement()
                    .satisfies(event -> assertThat(((CommentSubmitted) event).byArticleTherapist()).isTrue()));
        }
    }

    @Test
    void replyIsStoredWithItsParent() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String parent = service.submit(article, "The question");

        // When
        String reply = service.submit(article, parent, "Sam", "sam@example.org", "An answer", false);

        // Then
        assertThat(service.stored(reply).parentId()).isEqualTo(parent);
    }

    @Test
    void websiteReadsTheCommentBackWithStatusAndHistoryButNoEmail() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, null, "Maya", "maya@example.org", "Reading it back", false);

        // When
        byte[] body = service.http().get().uri("/api/v1/comments/{id}", id)
                .header("X-Api-Key", CommentServiceDriver.SITE_KEY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.articleId").isEqualTo(article)
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.author.name").isEqualTo("Maya")
                .jsonPath("$.history[0].to").isEqualTo("PENDING")
                .jsonPath("$.moderation").doesNotExist()
                .returnResult().getResponseBody();

        // Then
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("@");
    }

    @Test
    void registeringAnArticleAgainUpdatesItAndKeepsItsCreationTime() {
        // Given
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String created = service.http().get().uri("/api/v1/articles/{id}", article)
                .header("X-Api-Key", CommentServiceDriver.SITE_KEY).exchange()
                .expectStatus().isOk().expectBody(ArticleJson.class).returnResult().getResponseBody().createdAt();

        // When
        service.http().put().uri("/api/v1/articles/{id}", article).header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("""
                        {"title":"A new title","url":"https://example.org/new",
                         "therapist":{"name":"Dr. John Roe","email":"john.roe@example.org"}}""")
                .exchange()
                // Then
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.title").isEqualTo("A new title")
                .jsonPath("$.therapist.email").isEqualTo("john.roe@example.org")
                .jsonPath("$.createdAt").isEqualTo(created);
    }

    record ArticleJson(String id, String createdAt) {
    }
}
