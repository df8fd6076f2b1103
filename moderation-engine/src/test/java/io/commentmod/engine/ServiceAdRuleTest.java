package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceAdRuleTest {

    private final ServiceAdRule rule = new ServiceAdRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "As a life coach I offer online coaching sessions for grief     | I offer online coaching sessions",
            "We provide affordable rates for couples counselling           | affordable rates",
            "Book a free session with me this week                          | Book a free session with me",
            "Powerful love spells that bring your partner back             | love spells"})
    void advertisingAServiceIsHeldAsPromotion(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).isNotEmpty().allSatisfy(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ServiceAdRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.PROMOTION);
            assertThat(signal.isRejectLevel()).isFalse();
        }).extracting(Signal::evidence).contains(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My therapist offered to see me twice a week, which I appreciated.",
            "I read a book about grief that my counsellor suggested.", "We provide each other with support."})
    void talkingAboutServicesOneReceivedIsNotAnAdvert(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
