package io.commentmod.comments.verdicts;

import static io.commentmod.comments.support.CommentServiceDriver.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.support.EmbeddedServersTest;
import io.commentmod.comments.support.Verdicts;
import io.commentmod.contracts.Actor;
import io.commentmod.contracts.ArticleRef;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Person;
import io.commentmod.contracts.Reason;
import io.commentmod.contracts.Topics;
import io.commentmod.testsupport.OnePoll;
import io.commentmod.testsupport.TopicReader;

/** Verdicts from moderation-service, applied exactly once each and in revision order. */
class VerdictIntegrationTest extends EmbeddedServersTest {

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private static final Person THERAPIST = new Person("Dr. Jane Doe", "jane.doe@example.org");

    @Test
    void publishVerdictPublishesTheReplyAndAnnouncesItWithTherapistAndParent() throws Exception {
        // Given a published comment whose author wants to hear about replies, and the therapist's reply to it
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String parent = service.submit(article, null, "Maya", "maya@example.org", "Is crying ever okay?", true);
        service.sendVerdict(Verdicts.automatic(parent, article, Decision.PUBLISH, 1));
        service.awaitStatus(parent, CommentStatus.PUBLISHED);
        String reply = service.submit(article, parent, THERAPIST.name(), "Jane.Doe@Example.org",
                "It can be, when it serves you.", false);

        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            // When
            service.sendVerdict(Verdicts.automatic(reply, article, Decision.PUBLISH, 1));

            // Then
            service.awaitStatus(reply, CommentStatus.PUBLISHED);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(reply)).hasSize(1));
            CommentStatusChanged changed = (CommentStatusChanged) statusChanges.eventsFor(reply).get(0);
            assertThat(changed.meta().key()).isEqualTo(reply);
            assertThat(changed.from()).isEqualTo(CommentStatus.PENDING);
            assertThat(changed.to()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(changed.changedBy()).isEqualTo(Actor.automatic(Verdicts.RULES_VERSION));
            assertThat(changed.revision()).isEqualTo(1);
            assertThat(changed.article()).isEqualTo(new ArticleRef(article, "My therapist cries during our sessions",
                    "https://example.org/questions/" + article, THERAPIST));
            assertThat(changed.author()).isEqualTo(new Person(THERAPIST.name(), "Jane.Doe@Example.org"));
            assertThat(changed.body()).isEqualTo("It can be, when it serves you.");
            assertThat(changed.byArticleTherapist()).isTrue();
            assertThat(changed.parent()).isEqualTo(new CommentStatusChanged.ParentComment(parent,
                    new Person("Maya", "maya@example.org"), true, CommentStatus.PUBLISHED));
        }
        CommentDocument stored = service.stored(reply);
        assertThat(stored.moderationRevision()).isEqualTo(1);
        assertThat(stored.publishedAt()).isNotNull();
        assertThat(stored.moderation().decision()).isEqualTo(Decision.PUBLISH);
        assertThat(stored.history()).extracting(CommentDocument.HistoryEntry::to)
                .containsExactly(CommentStatus.PENDING, CommentStatus.PUBLISHED);
        service.awaitOutboxEmptied(reply);
    }

    @Test
    void decisionWithItsReasonsIsShownToTheWebsite() throws Exception {
        // Given a comment held for a rule
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "I am conducting a study, please contact me.");
        Reason solicitation = new Reason("promotion.solicitation", "PROMOTION", 0.8, "please contact me",
                "Asks readers to get in touch, typical of recruitment and advertising.");

        // When
        service.sendVerdict(Verdicts.automatic(id, article, Decision.HOLD, 1, solicitation));
        service.awaitStatus(id, CommentStatus.HELD);

        // Then
        service.http().get().uri("/api/v1/comments/{id}", id).header("X-Api-Key", "local-site-key").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("HELD")
                .jsonPath("$.moderation.decision").isEqualTo("HOLD")
                .jsonPath("$.moderation.priority").isEqualTo("HIGH")
                .jsonPath("$.moderation.reasons[0].code").isEqualTo("promotion.solicitation")
                .jsonPath("$.moderation.reasons[0].category").isEqualTo("PROMOTION")
                .jsonPath("$.moderation.reasons[0].score").isEqualTo(0.8)
                .jsonPath("$.moderation.reasons[0].evidence").isEqualTo("please contact me")
                .jsonPath("$.moderation.decidedBy.kind").isEqualTo("AUTOMATIC")
                .jsonPath("$.moderation.rulesVersion").isEqualTo(Verdicts.RULES_VERSION)
                .jsonPath("$.history[1].from").isEqualTo("PENDING")
                .jsonPath("$.history[1].to").isEqualTo("HELD")
                .jsonPath("$.history[1].reason").isEqualTo("promotion.solicitation")
                .jsonPath("$.author.email").doesNotExist();
    }

    @Test
    void redeliveredVerdictChangesNothingAndAnnouncesNothing() throws Exception {
        // Given an applied verdict
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "Thank you for answering this.");
        CommentModerated verdict = Verdicts.automatic(id, article, Decision.PUBLISH, 1);
        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            service.sendVerdict(verdict);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id)).hasSize(1));
            service.awaitOutboxEmptied(id);
            CommentDocument before = service.stored(id);

            // When the very same event arrives again
            service.sendVerdict(verdict);
            service.awaitEarlierVerdictsHandled(statusChanges);

            // Then
            assertThat(statusChanges.eventsFor(id)).hasSize(1);
            assertThat(service.stored(id)).isEqualTo(before);
        }
    }

    @Test
    void staleVerdictIsIgnored() throws Exception {
        // Given a moderator's revision 2 applied over the automatic revision 1
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "Here is my channel, subscribe!");
        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            service.sendVerdict(Verdicts.automatic(id, article, Decision.HOLD, 1));
            service.sendVerdict(Verdicts.byModerator(id, article, Decision.REJECT, 2, "mod-anna", "Advertising"));
            service.awaitStatus(id, CommentStatus.REJECTED);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id)).hasSize(2));
            service.awaitOutboxEmptied(id);
            CommentDocument before = service.stored(id);

            // When verdicts of lower and equal revision arrive late
            service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));
            service.sendVerdict(Verdicts.byModerator(id, article, Decision.PUBLISH, 2, "mod-bob", "Looks fine"));
            service.awaitEarlierVerdictsHandled(statusChanges);

            // Then
            assertThat(service.stored(id)).isEqualTo(before);
            assertThat(statusChanges.eventsFor(id)).hasSize(2);
        }
    }

    @Test
    void moderatorDecisionOfHigherRevisionOverridesTheAutomaticOneAndIsAnnounced() throws Exception {
        // Given an automatically published comment
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "Contact me for participation in my research.");
        service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));
        service.awaitStatus(id, CommentStatus.PUBLISHED);

        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            // When a moderator rejects it
            service.sendVerdict(Verdicts.byModerator(id, article, Decision.REJECT, 2, "mod-anna",
                    "Recruitment is not allowed here"));

            // Then
            service.awaitStatus(id, CommentStatus.REJECTED);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id))
                    .map(CommentStatusChanged.class::cast)
                    .anySatisfy(changed -> {
                        assertThat(changed.from()).isEqualTo(CommentStatus.PUBLISHED);
                        assertThat(changed.to()).isEqualTo(CommentStatus.REJECTED);
                        assertThat(changed.changedBy()).isEqualTo(Actor.moderator("mod-anna"));
                        assertThat(changed.revision()).isEqualTo(2);
                        assertThat(changed.parent()).isNull();
                    }));
        }
        CommentDocument stored = service.stored(id);
        assertThat(stored.moderationRevision()).isEqualTo(2);
        assertThat(stored.moderation().decidedBy()).isEqualTo(Actor.moderator("mod-anna"));
        assertThat(stored.history()).hasSize(3).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(entry.to()).isEqualTo(CommentStatus.REJECTED);
            assertThat(entry.actor()).isEqualTo(Actor.moderator("mod-anna"));
            assertThat(entry.reason()).isEqualTo("Recruitment is not allowed here");
            assertThat(entry.revision()).isEqualTo(2);
        });
    }

    @Test
    void verdictThatConfirmsTheStatusIsRecordedButNotAnnounced() throws Exception {
        // Given a held comment
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "My phone number is in my profile.");
        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            service.sendVerdict(Verdicts.automatic(id, article, Decision.HOLD, 1));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id)).hasSize(1));

            // When a later verdict holds it again
            service.sendVerdict(Verdicts.byModerator(id, article, Decision.HOLD, 2, "mod-anna", "Asking a colleague"));
            service.awaitEarlierVerdictsHandled(statusChanges);

            // Then the decision is recorded, and nobody is told about a change that did not happen
            CommentDocument stored = service.stored(id);
            assertThat(stored.status()).isEqualTo(CommentStatus.HELD);
            assertThat(stored.moderationRevision()).isEqualTo(2);
            assertThat(stored.history()).last().extracting(CommentDocument.HistoryEntry::reason)
                    .isEqualTo("Asking a colleague");
            assertThat(statusChanges.eventsFor(id)).hasSize(1);
        }
    }

    @Test
    void verdictForACommentThatNeverArrivesWaitsItsPatienceThenIsDeadLetteredAndLaterVerdictsAreApplied()
            throws Exception {
        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED);
                TopicReader deadLetters = service.read(Topics.deadLetterOf(Topics.COMMENT_MODERATED))) {
            // When a verdict names a comment that is never accepted (tests wait 2 s for it, services 10 min)
            service.sendVerdict(Verdicts.automatic("no-such-comment", "no-such-article", Decision.PUBLISH, 1));

            // Then the next verdict is applied once the unknown one has given up, and that one is dead-lettered
            service.awaitEarlierVerdictsHandled(statusChanges);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.poll(Duration.ofMillis(200)))
                    .extracting(ConsumerRecord::key).contains("no-such-comment"));
        }
    }

    @Test
    void verdictsTakenInOnePollAreAppliedAndEachAnnouncedWithItsParentAsItIsAfterThePoll() throws Exception {
        // Given a question, a reply to it and an unrelated comment, all waiting for their verdicts
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String question = service.submit(article, null, "Maya", "maya@example.org", "Is crying ever okay?", true);
        String reply = service.submit(article, question, "Sam", "sam@example.org", "It is, I promise.", false);
        String study = service.submit(article, "I am conducting a study, please contact me.");

        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            // When their verdicts wait on one partition and are taken by one poll
            String partitionKey = "poll-" + question;
            inOnePollOfVerdicts(() -> {
                service.sendVerdict(partitionKey, Verdicts.automatic(question, article, Decision.PUBLISH, 1));
                service.sendVerdict(partitionKey, Verdicts.automatic(reply, article, Decision.PUBLISH, 1));
                service.sendVerdict(partitionKey, Verdicts.automatic(study, article, Decision.HOLD, 1));
            });

            // Then each is applied and announced once, the reply naming its parent as published
            service.awaitStatus(question, CommentStatus.PUBLISHED);
            service.awaitStatus(reply, CommentStatus.PUBLISHED);
            service.awaitStatus(study, CommentStatus.HELD);
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(statusChanges.eventsFor(question)).hasSize(1);
                assertThat(statusChanges.eventsFor(study)).hasSize(1);
                assertThat(statusChanges.eventsFor(reply)).singleElement().satisfies(event ->
                        assertThat(((CommentStatusChanged) event).parent()).isEqualTo(
                                new CommentStatusChanged.ParentComment(question, new Person("Maya", "maya@example.org"),
                                        true, CommentStatus.PUBLISHED)));
            });
        }
        service.awaitOutboxEmptied(reply);
    }

    @Test
    void anAutomaticVerdictAndAModeratorsDecisionTakenInOnePollEndInTheDecision() throws Exception {
        // Given a pending comment
        String article = service.registerArticle(THERAPIST.name(), THERAPIST.email());
        String id = service.submit(article, "Contact me for participation in my research.");

        try (TopicReader statusChanges = service.read(Topics.COMMENT_STATUS_CHANGED)) {
            // When its automatic verdict and a moderator's rejection are taken by one poll
            inOnePollOfVerdicts(() -> {
                service.sendVerdict(Verdicts.automatic(id, article, Decision.PUBLISH, 1));
                service.sendVerdict(Verdicts.byModerator(id, article, Decision.REJECT, 2, "mod-anna",
                        "Recruitment is not allowed here"));
            });

            // Then both are applied in order and both transitions are announced
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusChanges.eventsFor(id))
                    .map(event -> ((CommentStatusChanged) event).to())
                    .containsExactly(CommentStatus.PUBLISHED, CommentStatus.REJECTED));
        }
        assertThat(service.stored(id).moderationRevision()).isEqualTo(2);
        assertThat(service.stored(id).status()).isEqualTo(CommentStatus.REJECTED);
    }

    private void inOnePollOfVerdicts(OnePoll.Sends sends) throws Exception {
        OnePoll.sendWhilePaused(listeners.getListenerContainer(VerdictListener.LISTENER_ID), Duration.ofSeconds(30), sends);
    }
}
