package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

class StarterRuleSetTest {

    private final StarterRuleSet rules = new StarterRuleSet();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My counsellor once teared up and I felt oddly comforted. | PUBLISH | NORMAL",
            "Frankly a therapist who weeps is out of her depth.       | PUBLISH | NORMAL",
            "Huge discounts, buy now at www.pills-deal.com            | REJECT  | LOW",
            "Subscribe to my channel for healing music                | HOLD    | NORMAL",
            "I am conducting a survey for my degree and recruiting participants, message me | HOLD | NORMAL",
            "Ask her yourself, her cell is 917-555-0143               | HOLD    | HIGH",
            "I read this and I want to die, cheap pharmacy pills got me through | HOLD | URGENT"})
    void decidesLikeAModeratorWould(String body, Decision decision, Priority priority) {
        Verdict verdict = rules.evaluate(CommentToModerate.withBody(body));

        assertThat(verdict.decision()).isEqualTo(decision);
        assertThat(verdict.priority()).isEqualTo(priority);
    }

    @Test
    void theSameCommentAlwaysGetsTheSameVerdict() {
        CommentToModerate comment = CommentToModerate.withBody(
                "Visit my blog at calm-minds.com or email me at calm@example.com, 100% free!");

        assertThat(rules.evaluate(comment)).isEqualTo(rules.evaluate(comment));
        assertThat(rules.evaluate(comment).ruleIds())
                .containsExactly("spam.phrase", "spam.link", "promotion.self", "promotion.solicitation",
                        "privacy.email");
    }

    @Test
    void everyVerdictCarriesTheMatchedTextAsEvidence() {
        Verdict verdict = rules.evaluate(CommentToModerate.withBody("Follow me on TikTok, link: tinyurl.com/abcd"));

        assertThat(verdict.signals()).isNotEmpty()
                .allSatisfy(signal -> assertThat(signal.evidence()).isNotBlank().isIn(
                        "Follow me on", "tinyurl.com/abcd"));
    }

    @Test
    void theVersionNamesTheStarterRules() {
        assertThat(rules.version()).isEqualTo("starter-1");
    }
}
