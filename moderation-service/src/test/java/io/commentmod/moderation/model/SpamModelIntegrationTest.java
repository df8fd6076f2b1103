package io.commentmod.moderation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.ModerationProperties;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.spammodel.SpamClassifier;
import io.commentmod.testsupport.TopicReader;

/**
 * The learned model's life cycle on the shared context. The context itself starts without a model (no bootstrap CSV
 * is configured for tests), so each test bootstraps one explicitly and leaves the service without one again.
 */
class SpamModelIntegrationTest extends ModerationIntegrationTest {

    /** A few labeled comments in the YouTube Spam Collection format, with a quoted field holding a comma. */
    private static final String TINY_CSV = """
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            1,Ann,2015-01-01,"Check out my channel, subscribe for free gift cards!!!",1
            2,Bob,2015-01-01,Visit my website for cheap followers and free robux,1
            3,Cy,2015-01-01,Subscribe to my channel please I make music,1
            4,Di,2015-01-01,Earn money online fast click my profile,1
            5,Ed,2015-01-01,This song reminds me of my childhood summers,0
            6,Flo,2015-01-01,I cried the first time I heard this,0
            7,Gus,2015-01-01,The lyrics are beautiful and honest,0
            8,Hal,2015-01-01,My sister played this at her wedding,0
            """;

    private static final String PROMOTION = "Loved this article! I coach people through anxiety, check out my "
            + "practice and book a free call on my site, and follow me for daily tips.";

    @Autowired
    ModelBootstrap bootstrap;

    @Autowired
    ModelStore store;

    @Autowired
    LiveSpamModel live;

    @Autowired
    ModerationProperties properties;

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void noModel() {
        live.use(null);
        mongo.remove(new Query(), StoredModel.class);
    }

    private Path tinyCsv() throws IOException {
        return Files.writeString(dir.resolve("tiny-spam.csv"), TINY_CSV);
    }

    @Test
    void aModelIsBootstrappedFromALabeledCsvSavedAndReloadedAndEveryVerdictNamesIt() throws Exception {
        // When the service starts with no saved model and a bootstrap CSV
        SpamClassifier trained = bootstrap.loadOrBootstrap(tinyCsv()).orElseThrow();

        // Then the trained model is live and saved
        assertThat(live.version()).isEqualTo(trained.version()).startsWith("sm-");
        assertThat(store.newestVersion()).contains(trained.version());
        assertThat(live.spamProbability("subscribe to my channel for free gift cards"))
                .isGreaterThan(live.spamProbability("I cried when I heard this song"));

        // And an automatic verdict records the model version next to the rules version
        String commentId = newCommentId();
        try (TopicReader reader = verdictReader()) {
            send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, "Thank you, this helped me a lot."));
            ModerationCase moderated = awaitCase(commentId);
            assertThat(moderated.modelVersion()).isEqualTo(trained.version());
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 1);
            assertThat(verdicts(reader, commentId).get(0).modelVersion()).isEqualTo(trained.version());
        }
        assertThat(moderatorGet("/api/v1/moderation/cases/" + commentId).body().get("modelVersion").asString())
                .isEqualTo(trained.version());

        // When the instance restarts, without the CSV this time
        live.use(null);
        SpamClassifier reloaded = bootstrap.loadOrBootstrap(null).orElseThrow();

        // Then it loads the saved model rather than running without one
        assertThat(reloaded.version()).isEqualTo(trained.version());
        assertThat(reloaded.spamProbability(PROMOTION)).isEqualTo(trained.spamProbability(PROMOTION));
        assertThat(live.version()).isEqualTo(trained.version());
    }

    @Test
    void withoutASavedModelOrABootstrapCsvTheServiceDecidesOnRulesAlone() throws Exception {
        assertThat(bootstrap.loadOrBootstrap(null)).isEmpty();

        String commentId = newCommentId();
        send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, "Thank you, this helped me a lot."));

        ModerationCase moderated = awaitCase(commentId);
        assertThat(moderated.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(moderated.modelVersion()).isNull();
    }

    @Test
    void aModeratorsRejectionForPromotionTeachesTheLiveModelWhichIsSavedUnderANewVersion() throws Exception {
        // Given a live model, with every earlier decision already learned (or skipped, when there was no model)
        awaitConsumed(Topics.COMMENT_MODERATED, "moderation-learning-" + properties.instanceId());
        SpamClassifier model = bootstrap.loadOrBootstrap(tinyCsv()).orElseThrow();
        // and a held promotional comment
        String commentId = newCommentId();
        send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, PROMOTION));
        assertThat(awaitCase(commentId).status()).isEqualTo(CommentStatus.HELD);
        String versionBefore = model.version();
        double before = model.spamProbability(PROMOTION);

        // When a moderator rejects it as promotion
        Answer answer = moderatorPost("/api/v1/moderation/cases/" + commentId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"Advertising a practice.\",\"category\":\"PROMOTION\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("history").get(1).get("category").asString()).isEqualTo("PROMOTION");

        // Then the live model learns it: a new version that finds the text more spam-like than before
        await().atMost(Duration.ofSeconds(30)).until(() -> !versionBefore.equals(live.version()));
        assertThat(live.spamProbability(PROMOTION)).isGreaterThan(before);
        // and the new version is saved, so a restarted instance starts from it
        await().atMost(Duration.ofSeconds(30)).until(() -> store.newestVersion().orElse("").equals(live.version()));
        assertThat(store.newest().orElseThrow().updates()).isEqualTo(1);
    }

    @Test
    void automaticVerdictsAreNotLearned() throws Exception {
        SpamClassifier model = bootstrap.loadOrBootstrap(tinyCsv()).orElseThrow();
        String versionBefore = model.version();

        String commentId = newCommentId();
        try (TopicReader reader = verdictReader()) {
            send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, PROMOTION));
            awaitCase(commentId);
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, commentId).size() == 1);
        }
        awaitConsumed(Topics.COMMENT_MODERATED, "moderation-learning-" + properties.instanceId());

        assertThat(live.version()).isEqualTo(versionBefore);
        assertThat(store.newestVersion()).contains(versionBefore);
    }
}
