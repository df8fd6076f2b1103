package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commentmod.contracts.Priority;

class SafetyRuleTest {

    private final SafetyRule rule = new SafetyRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Some nights I think about suicide and nobody knows  | suicide",
            "I keep thinking I should just kill myself           | kill myself",
            "I am ready to end my life, I am so tired            | end my life",
            "My self-harm got worse after she left               | self-harm",
            "I started cutting myself again last month           | cutting myself",
            "Honestly I don’t want to live like this anymore     | don’t want to live",
            "Some days I just want to hurt myself                | hurt myself",
            // disguised with a Cyrillic letter and a zero-width space: still found, the evidence as written
            "I think about su\u0456\u200bcide a lot               | su\u0456\u200bcide"})
    void wordsOfSomeoneInDangerAreUrgent(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(SafetyRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.SAFETY);
            assertThat(signal.priority()).isEqualTo(Priority.URGENT);
            assertThat(signal.evidence()).isEqualTo(evidence);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was cutting myself off from friends until my therapist noticed.",
            "The film about grief made me cry my eyes out.", "I want to live a calmer life."})
    void ordinarySentencesAreNotSafetySignals(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
