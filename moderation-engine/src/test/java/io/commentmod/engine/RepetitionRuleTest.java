package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.commentmod.engine.ModerationContext.AuthorHistory;

class RepetitionRuleTest {

    private final RepetitionRule rule = new RepetitionRule();

    private static ModerationContext copies(String body, int duplicateCount) {
        return new ModerationContext(CommentToModerate.withBody(body), null, Probe.regular(), duplicateCount);
    }

    @ParameterizedTest
    @CsvSource({"1, false", "2, false", "3, true", "40, true"})
    void theSameTextPostedAgainIsHeldThenRejected(int seenBefore, boolean reject) {
        String body = "This article changed how I see my own therapist, thank you.";

        assertThat(Probe.signals(rule, copies(body, seenBefore))).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(RepetitionRule.DUPLICATE);
            assertThat(signal.score()).isGreaterThanOrEqualTo(Signal.HOLD_LEVEL);
            assertThat(signal.isRejectLevel()).isEqualTo(reject);
        });
    }

    @Test
    void aNewTextAndShortRepliesThatRepeatInnocentlyAreLeftAlone() {
        assertThat(Probe.signals(rule, copies("A long enough comment that nobody posted before.", 0))).isEmpty();
        assertThat(Probe.signals(rule, copies("Thank you!", 25))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4, ", "5, false", "9, false", "10, true"})
    void anAuthorPostingInBurstsIsHeldThenRejected(int recent, Boolean reject) {
        AuthorHistory author = new AuthorHistory(3, 0, 0, recent, false, false);

        var signals = Probe.signals(rule, Probe.by(author, "Another comment of mine."));

        if (reject == null) {
            assertThat(signals).isEmpty();
        } else {
            assertThat(signals).singleElement().satisfies(signal -> {
                assertThat(signal.ruleId()).isEqualTo(RepetitionRule.FLOOD);
                assertThat(signal.isRejectLevel()).isEqualTo(reject);
            });
        }
    }
}
