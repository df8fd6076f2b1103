package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

class EngagementBaitRuleTest {

    private final EngagementBaitRule rule = new EngagementBaitRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Like this comment if you read the whole article      | Like this comment if you",
            "like if u are still reading this in 2031             | like if u",
            "Thumbs up so the author sees how many of us agree    | Thumbs up so the",
            "Give this a like, it took me ages to write           | Give this a like",
            "Pls give it a thumbs up!!                            | give it a thumbs up",
            "Upvote my comment so more people find it             | Upvote my comment",
            "Who else is here after the podcast? Likes please     | Likes please",
            "Smash that like button if you cried at the ending    | Smash that like button",
            "HOW MANY THUMBS UP FOR THE COUNSELLOR WHO STAYED?    | HOW MANY THUMBS UP FOR",
            "Thumbs up if this article made you call your mum     | Thumbs up if",
            "Don't like this comment if you never cried in therapy | like this comment if",
            "Let's see how many people will like this comment      | how many people will like this comment",
            "Share this to 10 friends or the sadness stays a year  | Share this to 10 friends",
            "copy and paste this on every page you read tonight    | copy and paste this"})
    void requestsForLikesAreHeldAsSpam(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).singleElement().satisfies(signal -> {
            assertThat(signal.ruleId()).isEqualTo(EngagementBaitRule.RULE_ID);
            assertThat(signal.category()).isEqualTo(Category.SPAM);
            assertThat(signal.score()).isEqualTo(Signal.HOLD_LEVEL);
            assertThat(signal.isRejectLevel()).isFalse();
            assertThat(signal.priority()).isEqualTo(Priority.LOW);
            assertThat(signal.evidence()).isEqualTo(evidence);
        });
    }

    @Test
    void baitWithALinkIsAnAdvert() {
        assertThat(Probe.signals(rule, "Like this comment if you agree and read more at https://calm.example.net/x"))
                .singleElement().satisfies(signal -> {
                    assertThat(signal.isRejectLevel()).isTrue();
                    assertThat(signal.evidence()).contains("Like this comment if you").contains("calm.example.net");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I like this comment, it says what I could not.",
            "I would like it if my therapist told me more about herself.",
            "I'd like if we could talk about endings in therapy.",
            "She doesn't like it if I cancel late, and I understand why.",
            "My sister really like this comment section, she reads it daily.",
            "People like you make this site a kinder place.",
            "Please like yourself a little more; it took me years to learn that.",
            "I gave my old counsellor a thumbs up in the feedback form, nothing more.",
            "It felt like if I cried she would leave, so I never did.",
            "The likes and dislikes of a client should not matter to a therapist."})
    void sayingYouLikeSomethingIsNotBait(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }

    @Test
    void theEngineHoldsBaitAndRejectsItOnlyWithALink() {
        ModerationEngine engine = ModerationEngine.withDefaults();

        Verdict bait = engine.evaluate(CommentToModerate.withBody("Give this a like if you made it to the end"));
        Verdict advert = engine.evaluate(
                CommentToModerate.withBody("Give this a like if you made it to the end: www.calm-deals.example.com"));

        assertThat(bait.decision()).isEqualTo(Decision.HOLD);
        assertThat(bait.ruleIds()).contains(EngagementBaitRule.RULE_ID);
        assertThat(advert.decision()).isEqualTo(Decision.REJECT);
    }
}
