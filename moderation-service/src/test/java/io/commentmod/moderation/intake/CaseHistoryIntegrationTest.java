package io.commentmod.moderation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.CommentSubmitted;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationIntegrationTest;
import io.commentmod.moderation.authors.AuthorActivity;
import io.commentmod.moderation.authors.AuthorKeys;
import io.commentmod.moderation.authors.AuthorStanding;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.testsupport.OnePoll;

/** Rules that look at history get it from MongoDB, so they hold with any number of instances. */
class CaseHistoryIntegrationTest extends ModerationIntegrationTest {

    @Autowired
    private AuthorActivity activity;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private static final String REPEATED = "Honestly the best sessions I had were the ones where my counsellor "
            + "showed she was human too.";

    @BeforeEach
    void noAuthorFlags() {
        mongo.remove(new Query(), AuthorStanding.class);
    }

    private ModerationCase moderate(String articleId, String email, String body) throws Exception {
        String commentId = newCommentId();
        send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, articleId, email, body));
        return awaitCase(commentId);
    }

    private static List<String> ruleIds(ModerationCase c) {
        return c.signals().stream().map(ModerationCase.RuleHit::ruleId).toList();
    }

    @Test
    void theSameTextByAnotherAuthorOnAnotherArticleIsHeldAsARepeatAndRejectedOnceItKeepsComing() throws Exception {
        // Given a comment published on one article
        ModerationCase first = moderate("a-one", "first@example.org", REPEATED);
        assertThat(first.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(first.textKey()).hasSize(64);

        // When another author posts the same text, in other case and spacing, under another article
        ModerationCase second = moderate("a-two", "second@example.org", "  " + REPEATED.toUpperCase() + "!!");

        // Then it is held as a repeat, with the count as evidence
        assertThat(second.textKey()).isEqualTo(first.textKey());
        assertThat(second.status()).isEqualTo(CommentStatus.HELD);
        assertThat(second.signals()).filteredOn(hit -> hit.ruleId().equals("spam.duplicate")).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.evidence()).contains("1");
                    assertThat(hit.explanation()).isNotBlank();
                });

        // And from the fourth copy on it is rejected without a human
        moderate("a-three", "third@example.org", REPEATED);
        ModerationCase fourth = moderate("a-four", "fourth@example.org", REPEATED);
        assertThat(fourth.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(ruleIds(fourth)).contains("spam.duplicate");
    }

    @Test
    void anAuthorFloodingTheSiteIsRejectedOnceTheFloodReachesRejectLevel() throws Exception {
        // Given ten different comments by one author within minutes, on several articles
        String email = "flood@example.org";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String commentId = newCommentId();
            ids.add(commentId);
            send(Topics.COMMENT_SUBMITTED, commentId, submitted(commentId, "a-" + (i % 3), email,
                    "Thought number " + i + " about crying in therapy: it " + "really ".repeat(i + 1) + "helps."));
        }
        ids.forEach(this::awaitCase);

        // When the same author, writing the address differently, posts an eleventh
        ModerationCase eleventh = moderate("a-flood", "  FLOOD@Example.org ", "And one more thought on tears.");

        // Then the history was counted under one key, and the flood rejects it
        assertThat(eleventh.authorKey()).isEqualTo(awaitCase(ids.get(0)).authorKey()).hasSize(64);
        assertThat(eleventh.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(eleventh.signals()).filteredOn(hit -> hit.ruleId().equals("spam.flood")).singleElement()
                .satisfies(hit -> assertThat(hit.evidence()).startsWith("10 comments"));
    }

    @Test
    void anAuthorAModeratorBlockedIsRejectedAndATrustedOneIsTagged() throws Exception {
        // Given one blocked and one trusted author
        mongo.insert(new AuthorStanding(AuthorKeys.authorKey("blocked@example.org"), false, true, Instant.now(), "moderator", null));
        mongo.insert(new AuthorStanding(AuthorKeys.authorKey("trusted@example.org"), true, false, Instant.now(), "moderator", null));

        // When each posts a harmless comment
        ModerationCase blocked = moderate("a-one", "Blocked@example.org", "I found this answer very reassuring.");
        ModerationCase trusted = moderate("a-one", "trusted@example.org", "I found this answer reassuring too.");

        // Then the blocked author's is rejected and the trusted author's is published as trusted
        assertThat(blocked.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(ruleIds(blocked)).contains("trust.blocked-author");
        assertThat(trusted.status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(trusted.tags()).contains("trusted");
    }

    @Test
    void aReplyToTheAuthorsOwnRejectedCommentIsHeldBecauseTheParentsCaseIsPartOfTheContext() throws Exception {
        // Given a comment rejected while its author was blocked, and the block lifted since
        String email = "returning@example.org";
        mongo.insert(new AuthorStanding(AuthorKeys.authorKey(email), false, true, Instant.now(), "moderator", null));
        ModerationCase parent = moderate("a-one", email, "First try at saying something about this article.");
        assertThat(parent.status()).isEqualTo(CommentStatus.REJECTED);
        mongo.remove(new Query(), AuthorStanding.class);

        // When the same author replies to it
        String replyId = newCommentId();
        CommentSubmitted reply = submitted(replyId, "a-one", email, "Replying to myself since nobody answered me.");
        send(Topics.COMMENT_SUBMITTED, replyId, new CommentSubmitted(reply.meta(), replyId, reply.article(),
                parent.commentId(), reply.author(), reply.body(), false, false, reply.submittedAt()));

        // Then the reply is held: the engine saw the parent's status and author
        ModerationCase held = awaitCase(replyId);
        assertThat(held.status()).isEqualTo(CommentStatus.HELD);
        assertThat(ruleIds(held)).contains("trust.reply-to-own-rejected");
    }

    @Test
    void anAuthorsHistoryFollowsTheModeratorsDecisionsOnTheirComments() throws Exception {
        // Given an author with two published comments
        String email = "regular-" + newCommentId() + "@example.org";
        ModerationCase first = moderate("a-one", email, "I found this really reassuring, thank you for writing it.");
        moderate("a-two", email, "My own therapist once teared up too, and it made me trust her more.");
        assertThat(first.status()).isEqualTo(CommentStatus.PUBLISHED);

        // When a moderator rejects one of them
        assertThat(moderatorPost("/api/v1/moderation/cases/" + first.commentId() + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"Off topic after all.\"}").status()).isEqualTo(200);

        // Then the history the next comment is judged by counts one published and one rejected
        AuthorActivity.Author author = activity.author(AuthorKeys.authorKey(email));
        assertThat(List.of(author.published(), author.held(), author.rejected())).containsExactly(1, 0, 1);
        assertThat(author.recent()).hasSize(2);
    }

    @Test
    void commentsTakenInOnePollCountAgainstEachOtherAsIfTakenOneByOne() throws Exception {
        // Given four readers posting one text, the last of them then replying to their own copy, all waiting on one
        // partition while intake is paused, so that a single poll takes them together
        String text = "Anyone else find the waiting room the hardest part? " + newCommentId();
        List<String> ids = new ArrayList<>();
        String partitionKey = newCommentId();
        String returning = "returning-" + newCommentId() + "@example.org";
        inOnePoll(() -> {
            for (int i = 0; i < 4; i++) {
                String commentId = newCommentId();
                ids.add(commentId);
                send(Topics.COMMENT_SUBMITTED, partitionKey, submitted(commentId, "a-" + i,
                        i == 3 ? returning : "copy-" + i + "-" + commentId + "@example.org", text));
            }
            String replyId = newCommentId();
            ids.add(replyId);
            CommentSubmitted reply = submitted(replyId, "a-3", returning, "Why was my comment taken down?");
            send(Topics.COMMENT_SUBMITTED, partitionKey, new CommentSubmitted(reply.meta(), replyId, reply.article(),
                    ids.get(3), reply.author(), reply.body(), false, false, reply.submittedAt()));
        });

        // Then each was judged with the ones before it counted: the repeats held, then rejected, and the reply to
        // the rejected copy held because its parent's verdict was known
        List<ModerationCase> decided = ids.stream().map(this::awaitCase).toList();
        assertThat(decided.get(0).status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(decided.get(1).status()).isEqualTo(CommentStatus.HELD);
        assertThat(ruleIds(decided.get(1))).contains("spam.duplicate");
        assertThat(decided.get(3).status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(decided.get(4).status()).isEqualTo(CommentStatus.HELD);
        assertThat(ruleIds(decided.get(4))).contains("trust.reply-to-own-rejected");

        // And the stored history counts all four postings of the text and both comments of the returning reader
        AuthorActivity.Author author = activity.author(AuthorKeys.authorKey(returning));
        assertThat(List.of(author.published(), author.held(), author.rejected())).containsExactly(0, 1, 1);
        assertThat(activity.textPostings(List.of(decided.get(0).textKey())).get(decided.get(0).textKey()))
                .hasSize(4);
    }

    @Test
    void anAuthorFloodingWithinOnePollIsRejectedByTheCommentThatReachesTheLimit() throws Exception {
        // Given eleven different comments of one author waiting together
        String email = "burst-" + newCommentId() + "@example.org";
        String partitionKey = newCommentId();
        List<String> ids = new ArrayList<>();
        inOnePoll(() -> {
            for (int i = 0; i < 11; i++) {
                String commentId = newCommentId();
                ids.add(commentId);
                send(Topics.COMMENT_SUBMITTED, partitionKey, submitted(commentId, "a-" + (i % 3), email,
                        "Burst thought " + i + " on tears in therapy: " + "truly ".repeat(i + 1) + "moving."));
            }
        });

        // Then the first is published and the eleventh rejected as a flood of ten before it
        assertThat(awaitCase(ids.get(0)).status()).isEqualTo(CommentStatus.PUBLISHED);
        ModerationCase eleventh = awaitCase(ids.get(10));
        assertThat(eleventh.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(eleventh.signals()).filteredOn(hit -> hit.ruleId().equals("spam.flood")).singleElement()
                .satisfies(hit -> assertThat(hit.evidence()).startsWith("10 comments"));
    }

    private void inOnePoll(OnePoll.Sends sends) throws Exception {
        OnePoll.sendWhilePaused(listeners.getListenerContainer("moderation-intake"), Duration.ofSeconds(30), sends);
    }
}
