package io.commentmod.moderation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.engine.EngineSettings;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RulesApiIntegrationTest extends ModerationIntegrationTest {

    private static final String RULES = "/api/v1/moderation/rules";

    /** A word nobody writes by accident, so banning it changes no other test's verdicts. */
    private static final String NEW_WORD = "grumbleflux";

    @Autowired
    RuleSets ruleSets;

    private EngineSettings before;

    @BeforeEach
    void rememberSettings() {
        before = ruleSets.active().settings();
    }

    /** Later tests run with the settings they expect; the change stays in the history, as every change does. */
    @AfterEach
    void restoreSettings() {
        if (!ruleSets.active().settings().bannedWords().equals(before.bannedWords())) {
            ruleSets.publish(before, "test");
        }
    }

    private ObjectNode activeSettings() {
        Answer answer = get(RULES, ADMIN, ADMIN_PASSWORD);
        assertThat(answer.status()).isEqualTo(200);
        return (ObjectNode) answer.body().get("settings").deepCopy();
    }

    @Test
    void aPreviewShowsWhichRecentCommentsAnEditWouldDecideDifferentlyAndSavesNothing() throws Exception {
        String affected = newCommentId();
        send(Topics.COMMENT_SUBMITTED, affected, submitted(affected,
                "Our " + NEW_WORD + " sessions changed how I see crying in therapy."));
        assertThat(awaitCase(affected).status()).isEqualTo(CommentStatus.PUBLISHED);
        String bystander = newCommentId();
        send(Topics.COMMENT_SUBMITTED, bystander, submitted(bystander, "Thank you for this careful answer."));
        assertThat(awaitCase(bystander).status()).isEqualTo(CommentStatus.PUBLISHED);
        String activeVersion = get(RULES, ADMIN, ADMIN_PASSWORD).body().get("version").asString();
        ObjectNode settings = activeSettings();
        ((ArrayNode) settings.get("bannedWords")).add(NEW_WORD);

        Answer preview = post(RULES + "/preview?comments=50", settings.toString(), ADMIN, ADMIN_PASSWORD);

        assertThat(preview.status()).isEqualTo(200);
        JsonNode result = preview.body();
        assertThat(result.get("compared").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(result.get("changed")).hasSize(1);
        JsonNode change = result.get("changed").get(0);
        assertThat(change.get("commentId").asString()).isEqualTo(affected);
        assertThat(change.get("active").asString()).isEqualTo("PUBLISH");
        assertThat(change.get("edited").asString()).isEqualTo("REJECT");
        assertThat(result.get("edited").get("reject").asInt())
                .isEqualTo(result.get("active").get("reject").asInt() + 1);
        assertThat(get(RULES, ADMIN, ADMIN_PASSWORD).body().get("version").asString()).isEqualTo(activeVersion);
        assertThat(post(RULES + "/preview", settings.toString(), MODERATOR, MODERATOR_PASSWORD).status())
                .isEqualTo(403);
    }

    @Test
    void aPreviewOfInvalidSettingsNamesTheFields() {
        ObjectNode settings = activeSettings();
        settings.put("holdThreshold", -1);

        Answer preview = post(RULES + "/preview", settings.toString(), ADMIN, ADMIN_PASSWORD);

        assertThat(preview.status()).isEqualTo(400);
        assertThat(preview.body().toString()).contains("holdThreshold");
    }

    @Test
    void anAdminsNewBannedWordDecidesTheNextCommentWithoutARestartAndTheVerdictNamesTheNewVersion()
            throws Exception {
        // Given a comment with the word is published under the active settings
        String text = "My therapist said " + NEW_WORD + " once and we both laughed about it.";
        String earlier = newCommentId();
        send(Topics.COMMENT_SUBMITTED, earlier, submitted(earlier, text));
        assertThat(awaitCase(earlier).status()).isEqualTo(CommentStatus.PUBLISHED);
        String oldVersion = awaitCase(earlier).rulesVersion();

        // When an admin bans the word
        ObjectNode settings = activeSettings();
        ((ArrayNode) settings.get("bannedWords")).add(NEW_WORD);
        Answer saved = put(RULES, settings.toString(), ADMIN, ADMIN_PASSWORD);

        // Then a new version is stored and returned
        assertThat(saved.status()).isEqualTo(201);
        String newVersion = saved.body().get("version").asString();
        assertThat(newVersion).matches("rules-\\d+").isNotEqualTo(oldVersion);
        assertThat(saved.body().get("settings").get("version").asString()).isEqualTo(newVersion);
        assertThat(saved.body().get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(get(RULES, ADMIN, ADMIN_PASSWORD).body().get("version").asString()).isEqualTo(newVersion);

        // And the next comment with the word is rejected by it, under the new version, in the case and the event
        String next = newCommentId();
        try (TopicReader reader = verdictReader()) {
            send(Topics.COMMENT_SUBMITTED, next, submitted(next, text));
            ModerationCase rejected = awaitCase(next);
            assertThat(rejected.status()).isEqualTo(CommentStatus.REJECTED);
            assertThat(rejected.rulesVersion()).isEqualTo(newVersion);
            assertThat(rejected.signals()).anySatisfy(hit -> {
                assertThat(hit.category()).isEqualTo("ABUSE");
                assertThat(hit.evidence()).containsIgnoringCase(NEW_WORD);
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> verdicts(reader, next).size() == 1);
            CommentModerated verdict = verdicts(reader, next).get(0);
            assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
            assertThat(verdict.rulesVersion()).isEqualTo(newVersion);
            assertThat(verdict.decidedBy().id()).isEqualTo(newVersion);
            assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason.evidence())
                    .containsIgnoringCase(NEW_WORD));
        }

        // And the version list shows it first, and the old version can still be read as it was
        JsonNode versions = get(RULES + "/versions", ADMIN, ADMIN_PASSWORD).body();
        assertThat(versions.get(0).get("version").asString()).isEqualTo(newVersion);
        JsonNode old = get(RULES + "/versions/" + oldVersion, ADMIN, ADMIN_PASSWORD).body();
        assertThat(old.get("settings").get("bannedWords").toString()).doesNotContain(NEW_WORD);
    }

    @Test
    void theRulesAreForAdminsOnly() {
        Answer anonymous = anonymousGet(RULES);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        assertThat(get(RULES, MODERATOR, MODERATOR_PASSWORD).status()).isEqualTo(403);
        assertThat(get(RULES + "/versions", MODERATOR, MODERATOR_PASSWORD).status()).isEqualTo(403);
        Answer put = put(RULES, activeSettings().toString(), MODERATOR, MODERATOR_PASSWORD);
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(ruleSets.active().settings()).isEqualTo(before);
    }

    @Test
    void invalidSettingsAreABadRequestNamingEachFieldAndStoreNothing() {
        long versionsBefore = ruleSets.newestNumber();
        ObjectNode settings = activeSettings();
        settings.put("holdThreshold", -1);
        ((ArrayNode) settings.get("blockedDomains")).add("not a domain");

        Answer answer = put(RULES, settings.toString(), ADMIN, ADMIN_PASSWORD);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(error -> {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(fields).contains("holdThreshold", "blockedDomains");
        assertThat(ruleSets.newestNumber()).isEqualTo(versionsBefore);
    }
}
