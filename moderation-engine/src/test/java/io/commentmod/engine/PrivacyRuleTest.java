package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commentmod.contracts.Priority;

class PrivacyRuleTest {

    private final PrivacyRule rule = new PrivacyRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Her number is 555-867-5309 if anyone wants it          | privacy.phone | 555-867-5309",
            "Ring the clinic on +44 20 7946 0958                    | privacy.phone | +44 20 7946 0958",
            "Call (212) 555 0187 after six                          | privacy.phone | (212) 555 0187",
            "My mobile is 07700900123                               | privacy.phone | 07700900123",
            "His address is mark.b@example.com, tell him what you think | privacy.email | mark.b@example.com",
            "write to mark dot b at example dot com                 | privacy.email | b at example dot com"})
    void contactDataInTheTextIsHeldWithHighPriority(String body, String ruleId, String evidence) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(ruleId);
            assertThat(signal.category()).isEqualTo(Category.PRIVACY);
            assertThat(signal.priority()).isEqualTo(Priority.HIGH);
            assertThat(signal.evidence()).isEqualTo(evidence);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"I saw her from 2012-2016, about 150 sessions.", "We met on 12.05.2014 for the last time.",
            "The appointment on 2019-03-07 was cancelled.", "It took 3 years and 40 sessions to trust him.",
            "This page has been read 1250000 times."})
    void datesAndCountsAreNotPhoneNumbers(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aStreetAddressIsHeld() {
        assertThat(Probe.signals(rule, "She lives at 14 Rosewood Lane, go and tell her yourself."))
                .singleElement().satisfies(signal -> {
                    assertThat(signal.ruleId()).isEqualTo(PrivacyRule.ADDRESS);
                    assertThat(signal.evidence()).isEqualTo("14 Rosewood Lane");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"It is a 5 minute drive from my house.", "I'll be there at 10 on the way home.",
            "We had 3 sessions in a row."})
    void distancesAndTimesAreNotAddresses(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyAddressIsFoundNextToHandlesAndOtherAddresses() {
        var signals = Probe.signals(rule,
                "@sam thanks! Mail jo.smith@example.org or the office (office+intake@clinic.co.uk); not @@ or a@b.");

        assertThat(signals).extracting(Signal::evidence)
                .containsExactly("jo.smith@example.org", "office+intake@clinic.co.uk");
    }
}
