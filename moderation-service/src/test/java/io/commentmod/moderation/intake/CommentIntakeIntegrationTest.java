package io.commentmod.moderation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.EventMeta;
import io.commentmod.contracts.Priority;
import io.commentmod.contracts.Topics;
import io.commentmod.kit.outbox.OutboxEntry;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.rules.RuleSets;
import io.commentmod.testsupport.TopicReader;

class CommentIntakeIntegrationTest extends ModerationIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    RuleSets ruleSets;

    @Test
    void aSubmittedCommentGetsACaseAndExactlyOneVerdictEvenWhenRedelivered() throws Exception {
        String commentId = newCommentId();
        CommentSubmitted submitted = submitted(commentId,
                "My counsellor once welled up when I talked about my dad, and it made me trust her more.");
        try (TopicReader reader = verdictReader()) {
            // When the comment is submitted
            send(Topics.COMMENT_SUBMITTED, commentId, submitted);

            // Then a case is stored with the automatic verdict
            ModerationCase stored = awaitCase(commentId);
            assertThat(stored.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(stored.revision()).isEqualTo(1);
            String rulesVersion = ruleSets.active().version();
            assertThat(stored.rulesVersion()).isEqualTo(rulesVersion);
            assertThat(stored.comment().body()).isEqualTo(submitted.body());
            assertThat(stored.history()).singleElement()
                    .satisfies(entry -> assertThat(entry.actor()).isEqualTo(Actor.automatic(rulesVersion)));
            assertThat(stored.queue()).isNull();

            // And one CommentModerated, revision 1, reaches the topic
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 1);
            CommentModerated verdict = verdicts(reader, commentId).get(0);
            assertThat(verdict.revision()).isEqualTo(1);
            assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
            assertThat(verdict.decidedBy().kind()).isEqualTo(Actor.Kind.AUTOMATIC);
            assertThat(verdict.articleId()).isEqualTo("a-tears");
            assertThat(verdict.rulesVersion()).isEqualTo(rulesVersion);

            // When the same event is redelivered, and the same comment arrives again under a new event id
            send(Topics.COMMENT_SUBMITTED, commentId, submitted);
            CommentSubmitted copy = new CommentSubmitted(EventMeta.create(CommentSubmitted.TYPE,
                    CommentSubmitted.VERSION, commentId, submitted.meta().time()), commentId, submitted.article(),
                    null, submitted.author(), submitted.body(), false, false, submitted.submittedAt());
            send(Topics.COMMENT_SUBMITTED, commentId, copy);
            awaitConsumed(Topics.COMMENT_SUBMITTED);

            // Then there is still one case and one verdict
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> verdicts(reader, commentId).size() == 1);
            assertThat(mongo.findAll(ModerationCase.class)).extracting(ModerationCase::commentId)
                    .containsOnlyOnce(commentId);
            assertThat(awaitCase(commentId).history()).hasSize(1);
        }
    }

    @Test
    void aVerdictLeftBehindByACrashIsPublishedByTheOutboxSweep() {
        // Given a case stored with its verdict event, as if the service died before publishing it
        String commentId = newCommentId();
        Instant earlier = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        CommentModerated pending = new CommentModerated(
                EventMeta.derived(CommentModerated.TYPE, CommentModerated.VERSION, commentId, earlier, commentId),
                commentId, "a-tears", Decision.HOLD, Priority.NORMAL, List.of(),
                Actor.automatic("rules-1"), null, 1, "rules-1", null, earlier);
        ModerationCase orphan = new ModerationCase(commentId, new ModerationCase.CommentSnapshot(commentId,
                "a-tears", null, null, null, "text", false, earlier), CommentStatus.HELD, Priority.NORMAL, 2, null,
                null, "rules-1", List.of(), 1, List.of(), 0, List.of(), earlier, null,
                List.of(OutboxEntry.of(pending)), null, null, earlier, null, null, false, List.of());
        assertThat(cases.insertIfAbsent(orphan)).isTrue();

        try (TopicReader reader = verdictReader()) {
            // Then the relay's sweep finds the entry, publishes it and removes it from the case
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 1);
            assertThat(verdicts(reader, commentId).get(0)).isEqualTo(pending);
            await().atMost(Duration.ofSeconds(10)).until(() -> awaitCase(commentId).outbox().isEmpty());
        }
    }
}
