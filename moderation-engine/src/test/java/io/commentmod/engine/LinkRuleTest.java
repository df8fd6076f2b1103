package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRuleTest {

    private final LinkRule rule = new LinkRule();

    private List<Signal> signals(String body) {
        return Probe.signals(rule, body);
    }

    @Test
    void oneLinkCountsALittleAndRecordsTheLinkAsEvidence() {
        // Given a comment citing one source
        String body = "There is a good overview at https://example.org/grief-and-tears, worth a read.";

        // When the rule looks at it
        List<Signal> signals = signals(body);

        // Then it counts below hold level, citing the link without the trailing comma
        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(LinkRule.LINK);
            assertThat(signal.score()).isLessThan(Signal.HOLD_LEVEL);
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
        String body = "Best deals: http://a.example.com http://b.example.net and www.c-deals.com today";

        List<Signal> signals = signals(body);

        assertThat(signals).extracting(Signal::ruleId).containsExactly(LinkRule.LINK_FLOOD);
        assertThat(signals.get(0).isRejectLevel()).isTrue();
        assertThat(signals.get(0).evidence()).contains("http://a.example.com", "www.c-deals.com");
    }

    @Test
    void aLinkShortenerIsRejectLevelEvenAlone() {
        List<Signal> signals = signals("This changed my life: bit.ly/3xYzAbc");

        assertThat(signals).extracting(Signal::ruleId).containsExactly(LinkRule.SHORTENER, LinkRule.LINK);
        assertThat(signals.get(0).isRejectLevel()).isTrue();
        assertThat(signals.get(0).evidence()).isEqualTo("bit.ly/3xYzAbc");
    }

    @Test
    void aBlockedDomainAndItsSubdomainsAreRejectLevel() {
        EngineSettings settings = EngineSettings.defaults().withDomains(List.of("pill-palace.com"),
                List.of());

        List<Signal> signals = Probe.signals(rule,
                ModerationContext.of(CommentToModerate.withBody("Order at shop.pill-palace.com/deals")), settings);

        assertThat(signals).filteredOn(s -> s.ruleId().equals(LinkRule.BLOCKED_DOMAIN)).singleElement()
                .satisfies(signal -> {
                    assertThat(signal.isRejectLevel()).isTrue();
                    assertThat(signal.evidence()).isEqualTo("shop.pill-palace.com/deals");
                });
    }

    @Test
    void aLinkInTheAuthorNameIsRejectLevel() {
        CommentToModerate comment = new CommentToModerate("c1", "a1", null, "Cheap Meds www.meds-now.example",
                "x@example.org", "Great article, thanks for writing it.", false);

        assertThat(Probe.signals(rule, ModerationContext.of(comment))).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(LinkRule.AUTHOR_LINK);
            assertThat(signal.isRejectLevel()).isTrue();
            assertThat(signal.evidence()).isEqualTo("Cheap Meds www.meds-now.example");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"You can write to jo.smith@example.com if you like.",
            "I was so tired.So I stopped going, e.g. last week.", "It cost me 3.50 a session, i.e. a lot.",
            "My counsellor/therapist said no."})
    void textWithoutLinksIsLeftAlone(String body) {
        assertThat(signals(body)).isEmpty();
    }

    @Test
    void aPersonsNameWithInitialsIsNotALink() {
        CommentToModerate comment = new CommentToModerate("c1", "a1", null, "J.R. Miller", "jr@example.org",
                "Thank you for this.", false);

        assertThat(Probe.signals(rule, ModerationContext.of(comment))).isEmpty();
    }
}
