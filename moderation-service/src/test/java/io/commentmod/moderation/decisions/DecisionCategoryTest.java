package io.commentmod.moderation.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.commentmod.contracts.CommentStatus;
import io.commentmod.contracts.Priority;
import io.commentmod.moderation.cases.ModerationCase;

/** What a moderator's decision is about, which decides what the learned model learns from it. */
class DecisionCategoryTest {

    private static ModerationCase heldWith(ModerationCase.RuleHit... hits) {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        return new ModerationCase("c-1", null, CommentStatus.HELD, Priority.NORMAL, 2, null, null, "rules-1",
                List.of(hits), 1, List.of(), 0, List.of(), now, null, List.of(), null, null, now, null, null, false,
                List.of());
    }

    private static ModerationCase.RuleHit hit(String category, double score) {
        return new ModerationCase.RuleHit("rule." + category.toLowerCase(), category, score, Priority.NORMAL, "x",
                "why");
    }

    @Test
    void theModeratorsOwnCategoryWins() {
        DecisionRequest request = new DecisionRequest(ModeratorDecision.REJECT, "abusive", null,
                DecisionCategory.ABUSE);

        assertThat(ModeratorDecisions.categoryOf(request, heldWith(hit("SPAM", 0.9)))).isEqualTo(DecisionCategory.ABUSE);
    }

    @Test
    void aRejectionWithoutACategoryConfirmsTheStrongestAutomaticCategory() {
        DecisionRequest request = new DecisionRequest(ModeratorDecision.REJECT, "ad", null, null);
        ModerationCase held = heldWith(hit("PRIVACY", 0.5), hit("PROMOTION", 0.4), hit("PROMOTION", 0.3),
                hit("TRUST", -0.3));

        assertThat(ModeratorDecisions.categoryOf(request, held)).isEqualTo(DecisionCategory.PROMOTION);
        assertThat(DecisionCategory.PROMOTION.isSpam()).isTrue();
    }

    @Test
    void aRejectionOfACaseWithoutSignalsAndAnApprovalAreNotAboutSpam() {
        assertThat(ModeratorDecisions.categoryOf(new DecisionRequest(ModeratorDecision.REJECT, "off topic", null,
                null), heldWith())).isEqualTo(DecisionCategory.OTHER);
        assertThat(ModeratorDecisions.categoryOf(new DecisionRequest(ModeratorDecision.APPROVE, "fine", null, null),
                heldWith(hit("SPAM", 0.6)))).isEqualTo(DecisionCategory.OTHER);
        assertThat(DecisionCategory.OTHER.isSpam()).isFalse();
        assertThat(DecisionCategory.ABUSE.isSpam()).isFalse();
    }

    @Test
    void anUnknownStoredCategoryReadsAsOther() {
        assertThat(DecisionCategory.of("TRUST")).isEqualTo(DecisionCategory.OTHER);
        assertThat(DecisionCategory.of(null)).isEqualTo(DecisionCategory.OTHER);
        assertThat(DecisionCategory.of("SPAM")).isEqualTo(DecisionCategory.SPAM);
    }
}
