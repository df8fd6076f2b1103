package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.engine.ModerationContext.AuthorHistory;

class TrustRuleTest {

    private final TrustRule standing = TrustRule.standing();

    @Test
    void aBlockedAuthorIsRejectLevelDistrust() {
        AuthorHistory blocked = new AuthorHistory(3, 0, 2, 0, false, true);

        assertThat(Probe.signals(TrustRule.blockedAuthor(), Probe.by(blocked, "Hello again"))).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.ruleId()).isEqualTo(TrustRule.BLOCKED);
                    assertThat(signal.category()).isEqualTo(Category.TRUST);
                    assertThat(signal.isRejectLevel()).isTrue();
                });
    }

    @Test
    void theArticlesTherapistIsTaggedAsTheExpert() {
        CommentToModerate reply = new CommentToModerate("c1", "a1", "c0", "Dr. Lee", "lee@example.org",
                "Thank you for sharing this; tears in therapy can be a sign of attunement.", true);

        assertThat(Probe.signals(standing, ModerationContext.of(reply))).extracting(Signal::ruleId)
                .containsExactly(TrustRule.EXPERT);
    }

    @Test
    void anAuthorWithACleanRecordGetsATrustBonus() {
        AuthorHistory established = new AuthorHistory(7, 1, 0, 0, false, false);

        assertThat(Probe.signals(standing, Probe.by(established, "Same here."))).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(TrustRule.ESTABLISHED);
            assertThat(signal.score()).isNegative();
        });
    }

    @Test
    void aModeratorsTrustCountsEvenWithoutARecord() {
        AuthorHistory trusted = new AuthorHistory(1, 0, 0, 0, true, false);

        assertThat(Probe.signals(standing, Probe.by(trusted, "Same here."))).extracting(Signal::ruleId)
                .containsExactly(TrustRule.ESTABLISHED);
    }

    @Test
    void aSingleRejectionCostsTheBonus() {
        AuthorHistory onceRejected = new AuthorHistory(12, 0, 1, 0, false, false);

        assertThat(Probe.signals(standing, Probe.by(onceRejected, "Same here."))).isEmpty();
    }

    @Test
    void aFirstTimeAuthorWithALinkIsHoldLevel() {
        String body = "I found this helpful: https://grief-support.example.org/tears";

        assertThat(Probe.signals(standing, Probe.by(AuthorHistory.FIRST_TIME, body))).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.ruleId()).isEqualTo(TrustRule.FIRST_TIME_LINK);
                    assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
                    assertThat(signal.evidence()).isEqualTo("https://grief-support.example.org/tears");
                });
        assertThat(Probe.signals(standing, Probe.by(Probe.regular(), body))).isEmpty();
    }

    @Test
    void replyingToYourOwnRejectedCommentIsHoldLevel() {
        CommentToModerate reply = new CommentToModerate("c2", "a1", "c1", "Sam", "sam@example.org",
                "Why was this removed?", false);
        ModerationContext context = new ModerationContext(reply,
                new ModerationContext.Parent("c1", "SAM@example.org", CommentStatus.REJECTED), Probe.regular(), 0);

        assertThat(Probe.signals(standing, context)).extracting(Signal::ruleId)
                .containsExactly(TrustRule.REPLY_TO_OWN_REJECTED);
    }

    @Test
    void aLinkBackToTheArticleItselfIsNotALinkOut() {
        TrustRule standing = TrustRule.standing();
        String article = "https://www.example.org/articles/42";
        ModerationContext toPassage = ModerationContext.of(CommentToModerate.withBody(
                "The part about rupture and repair (example.org/articles/42#repair) is exactly what happened to me."))
                .withArticleUrl(article);
        ModerationContext toOtherPage = ModerationContext.of(CommentToModerate.withBody(
                "I wrote more about this at https://example.org/articles/420 if anyone wants it."))
                .withArticleUrl(article);

        assertThat(Probe.signals(standing, toPassage)).extracting(Signal::ruleId)
                .doesNotContain(TrustRule.FIRST_TIME_LINK);
        assertThat(Probe.signals(standing, toOtherPage)).extracting(Signal::ruleId)
                .contains(TrustRule.FIRST_TIME_LINK);
        assertThat(Probe.signals(new LinkRule(), toPassage)).isEmpty();
    }

    @Test
    void aTimestampLinkToTheSameVideoIsALinkBackToo() {
        ModerationContext context = ModerationContext.of(CommentToModerate.withBody(
                "<a href=\"http://www.youtube.com/watch?v=abc123&amp;t=2m19s\">2:19</a> best part"))
                .withArticleUrl("https://www.youtube.com/watch?v=abc123");

        assertThat(ModerationEngine.withDefaults().evaluate(context).ruleIds())
                .doesNotContain(TrustRule.FIRST_TIME_LINK, LinkRule.LINK);
    }
}
