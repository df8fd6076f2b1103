package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpamPhraseRuleTest {

    private final SpamPhraseRule rule = new SpamPhraseRule();

    private List<Signal> signals(String body) {
        return Probe.signals(rule, body);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Win big at the best online casino tonight!               | online casino",
            "Claim 50 FREE SPINS on signup                             | FREE SPINS",
            "Double your savings with a Bitcoin investment plan        | Bitcoin investment",
            "I teach people to invest their savings in crypto safely   | invest their savings in crypto",
            "Get Viagra delivered discreetly                           | Viagra",
            "Cheap pharmacy meds shipped worldwide                     | Cheap pharmacy",
            "Call the airline customer support number for refunds      | customer support number",
            "Customer service number: +1 (800) 555-0133                | Customer service number: +1 (800) 555-0133",
            "Buy now while stocks last                                 | Buy now",
            "Click here to claim your reward                           | Click here",
            "I make money from home with this simple trick             | make money from home",
            "Earn $300 per day with no experience                      | Earn $300 per day",
            "This app is 100% free, try it                             | 100% free"})
    void advertisingPhrasesAreRejectLevelWithTheMatchedText(String body, String evidence) {
        List<Signal> signals = signals(body);

        assertThat(signals).isNotEmpty().allSatisfy(signal -> {
            assertThat(signal.category()).isEqualTo(Category.SPAM);
            assertThat(signal.isRejectLevel()).isTrue();
        });
        assertThat(signals).filteredOn(s -> s.ruleId().equals(SpamPhraseRule.RULE_ID)).extracting(Signal::evidence)
                .contains(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My father lost our house at the casino and I still carry that shame.",
            "I picked up my prescription at the pharmacy and cried in the car.",
            "I called the customer service number of my insurer three times about the bill.",
            "My brother put everything into bitcoin and we no longer speak.",
            "She said I could work from home for a while, which helped."})
    void storiesThatMentionTheTopicAreNotAdvertising(String body) {
        assertThat(signals(body)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a configured phrase, shouted and stretched
            "BUUUY NOOOW, stocks are running out                   | BUUUY NOOOW",
            // a configured phrase written with look-alike Cyrillic letters: the evidence is what was written
            "Best \u043enline \u0441asino in town                            | \u043enline \u0441asino",
            // spaced out
            "Get your f r e e s p i n s today                      | f r e e s p i n s",
            // hidden zero-width spaces
            "cia\u200blis for men over forty                          | cia\u200blis"})
    void configuredPhrasesMatchThroughDisguises(String body, String evidence) {
        assertThat(signals(body)).filteredOn(s -> s.ruleId().equals(SpamPhraseRule.RULE_ID))
                .extracting(Signal::evidence).contains(evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call our 24/7 support line 0800 123 4567 for refunds  | 0800 123 4567",
            "Loans approved in one hour, WhatsApp +44 7700 900123   | +44 7700 900123"})
    void aPhoneNumberWithCommercialWordsIsAnAdvert(String body, String phone) {
        assertThat(signals(body)).filteredOn(s -> s.ruleId().equals(SpamPhraseRule.COMMERCIAL_PHONE))
                .singleElement().satisfies(signal -> {
                    assertThat(signal.isRejectLevel()).isTrue();
                    assertThat(signal.evidence()).isEqualTo(phone);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"My sister's number is 0161 496 0000 if you want to talk to someone who has been there.",
            "Our session was moved to 14:30 on 2019-03-07, 12 weeks after the first."})
    void aPhoneNumberWithoutCommerceIsNotAnAdvert(String body) {
        assertThat(signals(body)).isEmpty();
    }
}
