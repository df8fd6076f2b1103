package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.commentmod.contracts.Priority;

class SolicitationRuleTest {

    private final SolicitationRule rule = new SolicitationRule();

    private List<Signal> signals(String body) {
        return Probe.signals(rule, body);
    }

    @Test
    void aStudyRecruitingParticipantsWithAContactRequestIsHeld() {
        // Given a postgraduate recruiting readers for interviews
        String body = "Hello all, I am doing a master's thesis on how clients feel when a counsellor laughs. "
                + "I would love to interview anyone who has been through this. If you would like to take part, "
                + "please get in touch with me.";

        // When the rule reads it
        List<Signal> signals = signals(body);

        // Then it is held as solicitation, with the contact request and the call for participants as evidence
        assertThat(signals).isNotEmpty().allSatisfy(signal -> {
            assertThat(signal.ruleId()).isEqualTo(SolicitationRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.PROMOTION);
            assertThat(signal.priority()).isEqualTo(Priority.NORMAL);
            assertThat(signal.isRejectLevel()).isFalse();
        });
        assertThat(signals).extracting(Signal::evidence)
                .containsExactly("please get in touch with me", "interview anyone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anyone who wants to talk, email me at sunny.days@example.net",
            "DM me and I will explain how I got better.", "Feel free to contact me for a free first session.",
            "Text me on 07700 900123 any time."})
    void anExplicitInvitationToContactTheWriterIsHeldOnItsOwn(String body) {
        assertThat(signals(body)).isNotEmpty().extracting(Signal::ruleId).containsOnly(SolicitationRule.RULE_ID);
    }

    @Test
    void recruitingForASurveyWithoutAContactLineIsStillHeld() {
        String body = "Our team is running an online survey about therapy endings and we are looking for volunteers "
                + "who ended therapy in the last year.";

        assertThat(signals(body)).extracting(Signal::evidence).containsExactly("looking for volunteers");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // talking about contact with one's therapist
            "My counsellor allowed phone contact between sessions and answered my emails late at night.",
            // asking a researcher for their paper and hoping for an answer
            "Hi Sam, I am starting a literature review on this. Could you email your paper? I look forward to "
                    + "hearing from you.",
            // asking whether a study still needs people, without recruiting anyone
            "Is your project still looking for people to talk to?",
            // "contact me at" followed by a time, not an address
            "My old therapist would contact me at night when she was worried.",
            "I volunteer at a helpline and we always tell callers to reach out."})
    void conversationAboutContactOrStudiesIsNotSolicitation(String body) {
        assertThat(signals(body)).isEmpty();
    }
}
