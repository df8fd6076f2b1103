package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.contracts.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelfPromotionRuleTest {

    private final SelfPromotionRule rule = new SelfPromotionRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Great post! Check out my channel for daily mindset videos | Check out my channel",
            "I wrote about this too, visit my blog                     | visit my blog",
            "As a coach I cover this in depth, see my practice website | see my practice",
            "Please subscribe to my newsletter                         | subscribe to my",
            "Follow me on Instagram for more tips                      | Follow me on",
            "Read my new book on grief, out now                        | Read my new book",
            "New singer here, check my covers out please               | check my covers out",
            "Subscribe to me and I will subscribe to you               | Subscribe to me",
            "Sub me if you want more calm breathing clips              | Sub me",
            "Follow 4 follow, I always follow back                     | Follow 4 follow",
            "New podcast on anxiety every week, PLEASE SUBSCRIBE!!     | PLEASE SUBSCRIBE"})
    void pointingReadersAtYourOwnOutletIsHeld(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(SelfPromotionRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.PROMOTION);
            assertThat(signal.isRejectLevel()).isFalse();
            assertThat(signal.priority()).isEqualTo(Priority.NORMAL);
            assertThat(signal.evidence()).isEqualTo(evidence);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"My mother came to visit my flat and we argued about therapy.",
            "He would not follow me when I walked out.", "I had to check out my own feelings first.",
            "My therapist told me to read a book about attachment.",
            "Please subscribe to the idea that rest is not laziness.",
            "I like for my sessions to start on time."})
    void ordinaryUseOfTheSameWordsIsNotPromotion(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
