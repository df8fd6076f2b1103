package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commentmod.contracts.Priority;

class AbuseRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Honestly, just kys                      | kys",
            "People like you should KILL YOURSELF     | KILL YOURSELF",
            "go k i l l yourself                      | k i l l yourself"})
    void aBannedPhraseIsRejectLevelWithTheTextAsWritten(String body, String evidence) {
        assertThat(Probe.signals(AbuseRule.banned(), body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(AbuseRule.BANNED);
            assertThat(signal.category()).isEqualTo(Category.ABUSE);
            assertThat(signal.isRejectLevel()).isTrue();
            assertThat(signal.evidence()).isEqualTo(evidence);
        });
    }

    @Test
    void aSuspectWordIsHoldLevelWithHighPriority() {
        assertThat(Probe.signals(AbuseRule.suspect(), "Only an idiooot would cry in front of a client"))
                .singleElement().satisfies(signal -> {
                    assertThat(signal.ruleId()).isEqualTo(AbuseRule.SUSPECT);
                    assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
                    assertThat(signal.priority()).isEqualTo(Priority.HIGH);
                    assertThat(signal.evidence()).isEqualTo("idiooot");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The skys were grey the day I quit therapy.", "She was an idiomatic speaker.",
            "Strong opinion: this is very unprofessional."})
    void wordsInsideOtherWordsDoNotCount(String body) {
        assertThat(Probe.signals(AbuseRule.banned(), body)).isEmpty();
        assertThat(Probe.signals(AbuseRule.suspect(), body)).isEmpty();
    }

    @Test
    void theListsAreConfigurable() {
        EngineSettings settings = EngineSettings.defaults().withWordLists(List.of("snake oil"), List.of("quack"));
        ModerationContext context = ModerationContext.of(CommentToModerate.withBody("Such a Quack, selling snake-oil"));

        assertThat(Probe.signals(AbuseRule.banned(), context, settings)).extracting(Signal::evidence)
                .containsExactly("snake-oil");
        assertThat(Probe.signals(AbuseRule.suspect(), context, settings)).extracting(Signal::evidence)
                .containsExactly("Quack");
    }
}
