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
            "New podcast on anxiety every week, PLEASE SUBSCRIBE!!     | PLEASE SUBSCRIBE",
            "Like and subscribe for more breathing exercises           | Like and subscribe",
            "Please look up my podcast, it is on every app             | Please look up",
            "Just look her name up, she helped my sister with grief    | look her name up",
            "I made a gaming channel, come and say hi to the gang      | made a gaming channel",
            "Thanks for all the likes on my instagram @calm.coach      | instagram @calm.coach"})
    void pointingReadersAtYourOwnOutletIsHeld(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).filteredOn(s -> s.ruleId().equals(SelfPromotionRule.RULE_ID))
                .singleElement().satisfies(signal -> {
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Check out this video on YouTube:                          | Check out this video",
            "Take a look at this video on YouTube: qq                  | Take a look at this video",
            "CHECK OUT MY CHANNEL                                      | CHECK OUT MY CHANNEL",
            "Sucscribe to me!                                          | Sucscribe to me",
            "los invito a suscribirse a mi canal                       | suscribirse",
            "Please subscribe to my newsletter                         | subscribe to my"})
    void anInvitationWithNothingElseToSayIsAnAdvertAndRejects(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).filteredOn(s -> s.ruleId().equals(SelfPromotionRule.BARE_ID))
                .singleElement().satisfies(signal -> {
                    assertThat(signal.category()).isEqualTo(Category.SPAM);
                    assertThat(signal.isRejectLevel()).isTrue();
                    assertThat(signal.evidence()).isEqualTo(evidence);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Check out this video on YouTube: it explains panic attacks better than any leaflet I was given",
            "Great post! Check out my channel for daily mindset videos",
            "I am a grief counsellor and wrote about this exact question, see my blog for the longer version"})
    void anInvitationInsideARealCommentIsHeldNotRejected(String body) {
        assertThat(Probe.signals(rule, body)).extracting(Signal::ruleId).contains(SelfPromotionRule.RULE_ID)
                .doesNotContain(SelfPromotionRule.BARE_ID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I would really appreciate if I got some subs before I start | got some subs",
            "Can i get views and subscribers for no reason?              | get views and subscribers"})
    void askingForAnAudienceForYourselfIsPromotion(String body, String evidence) {
        assertThat(Probe.signals(rule, body)).filteredOn(s -> s.ruleId().equals(SelfPromotionRule.RULE_ID))
                .extracting(Signal::evidence).containsExactly(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She is so close to getting 14 million subscribers, well deserved.",
            "How did this channel get 3 million subscribers so fast?",
            "My cousin started a podcast about grief and it is lovely.",
            "I look up to my therapist more than she knows."})
    void talkingAboutSomeoneElsesAudienceIsNot(String body) {
        assertThat(Probe.signals(rule, body)).isEmpty();
    }
}
