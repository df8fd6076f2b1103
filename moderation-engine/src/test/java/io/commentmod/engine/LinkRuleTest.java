package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRuleTest {

    private final LinkRule rule = new LinkRule();

    private List<Signal> signals(String body) {
        return rule.apply(CommentToModerate.withBody(body));
    }

    @Test
    void oneLinkIsHoldLevelAndRecordsTheLinkAsEvidence() {
        // Given a comment citing one source
        String body = "There is a good overview at https://example.org/grief-and-tears, worth a read.";

        // When the rule looks at it
        List<Signal> signals = signals(body);

        // Then it asks for a human, citing the link without the trailing comma
        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(LinkRule.LINK);
            assertThat(signal.isRejectLevel()).isFalse();
            assertThat(signal.evidence()).isEqualTo("https://example.org/grief-and-tears");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Look at www.cheap-stuff.example for more.", "My notes are on healing-notes.com/tears.",
            "Details: forum.example.co.uk"})
    void bareDomainsAndWwwAddressesCountAsLinks(String body) {
        assertThat(signals(body)).extracting(Signal::ruleId).containsExactly(LinkRule.LINK);
    }

    @Test
    void threeLinksAreRejectLevel() {
        // Given a comment that is mostly links
        String body = "Best deals: http://a.example.com http://b.example.net and www.c-deals.com today";

        // Then it is spam for sure
        List<Signal> signals = signals(body);
        assertThat(signals).extracting(Signal::ruleId).containsExactly(LinkRule.LINK_FLOOD);
        assertThat(signals.get(0).isRejectLevel()).isTrue();
        assertThat(signals.get(0).evidence()).contains("http://a.example.com", "www.c-deals.com");
    }

    @Test
    void aLinkShortenerIsRejectLevelEvenAlone() {
        List<Signal> signals = signals("This changed my life: bit.ly/3xYzAbc");

        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(LinkRule.SHORTENER);
            assertThat(signal.isRejectLevel()).isTrue();
            assertThat(signal.evidence()).isEqualTo("bit.ly/3xYzAbc");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"You can write to jo.smith@example.com if you like.",
            "I was so tired.So I stopped going, e.g. last week.", "It cost me 3.50 a session, i.e. a lot.",
            "My counsellor/therapist said no."})
    void textWithoutLinksIsLeftAlone(String body) {
        assertThat(signals(body)).isEmpty();
    }
}
