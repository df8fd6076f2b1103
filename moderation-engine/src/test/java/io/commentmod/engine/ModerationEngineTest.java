package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;
import io.commentmod.engine.ModerationContext.AuthorHistory;

class ModerationEngineTest {

    private final ModerationEngine engine = ModerationEngine.withDefaults();

    private Verdict firstTime(String body) {
        return engine.evaluate(ModerationContext.of(CommentToModerate.withBody(body)));
    }

    private Verdict by(AuthorHistory author, String body) {
        return engine.evaluate(Probe.by(author, body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My counsellor once teared up and I felt oddly comforted.            | PUBLISH | NORMAL",
            "Frankly a therapist who weeps is out of her depth.                  | PUBLISH | NORMAL",
            "Huge discounts, buy now at www.pills-deal.com                       | REJECT  | LOW",
            "Subscribe to my channel for healing music                           | HOLD    | NORMAL",
            "I am conducting a survey for my degree and recruiting participants, message me | HOLD | NORMAL",
            "Ask her yourself, her cell is 917-555-0143                          | HOLD    | HIGH",
            "I read this and I want to die, cheap pharmacy pills got me through  | HOLD    | URGENT",
            // self-promotion with a link and a first-time author: weak signs that hold, none rejects by itself
            "Check out my blog at calm-minds.com for more                        | HOLD    | NORMAL",
            "Need help? Call our 24/7 customer care line +1 (888) 555-0199        | REJECT  | LOW",
            "B\u0435st \u043enline c\u0430sino, fr\u200bee sp\u200bins t\u043eday | REJECT  | LOW",
            "I found this paper useful: https://journal.example.org/tears        | HOLD    | LOW",
            "What an idiot this therapist is                                     | HOLD    | HIGH",
            "You are pathetic, kys                                               | REJECT  | LOW",
            "asdkjh qwrtpz xcvbnm zxqwv                                          | HOLD    | LOW"})
    void decidesLikeAModeratorWouldForAFirstTimeAuthor(String body, Decision decision, Priority priority) {
        Verdict verdict = firstTime(body);

        assertThat(verdict.decision()).as("%s", verdict.signals()).isEqualTo(decision);
        assertThat(verdict.priority()).isEqualTo(priority);
    }

    @Test
    void aHeldCommentSaysWhyItWaitsAndAPersonInDangerRaisesAnAlert() {
        Verdict promotion = firstTime("Subscribe to my channel for healing music");
        Verdict distress = firstTime("Sometimes I think everyone would be better off dead without me");

        assertThat(promotion.queueReason()).isEqualTo(Category.PROMOTION.queueReason());
        assertThat(promotion.alert()).isFalse();
        assertThat(distress.queueReason()).isEqualTo(Category.SAFETY.queueReason());
        assertThat(distress.alert()).isTrue();
        assertThat(distress.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aBannedWordRejectsEarlyWithoutRunningTheOtherRules() {
        Verdict verdict = firstTime("kys, and check out my channel www.example.com");

        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.ruleIds()).containsExactly(AbuseRule.BANNED);
    }

    @Test
    void aBlockedAuthorIsRejectedUnlessTheyMayBeInDanger() {
        AuthorHistory blocked = new AuthorHistory(0, 0, 4, 0, false, true);

        Verdict ordinary = by(blocked, "Nice article.");
        Verdict distress = by(blocked, "I have been cutting myself again and nobody cares");

        assertThat(ordinary.decision()).isEqualTo(Decision.REJECT);
        assertThat(ordinary.ruleIds()).containsExactly(TrustRule.BLOCKED);
        assertThat(distress.decision()).isEqualTo(Decision.HOLD);
        assertThat(distress.alert()).isTrue();
    }

    @Test
    void theTherapistReplyingOnTheirArticleIsPublishedAsTheExpert() {
        CommentToModerate reply = new CommentToModerate("c9", "a1", "c3", "Dr. Lee", "lee@example.org",
                "Good question. I cover tears in sessions on my blog, and you can email me at lee@example.org.", true);

        Verdict verdict = engine.evaluate(ModerationContext.of(reply));

        assertThat(verdict.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(verdict.tags()).contains(Verdict.EXPERT);
        assertThat(verdict.signals()).extracting(Signal::category).contains(Category.PRIVACY);
    }

    @Test
    void theExpertIsStillHeldWhenTheyWriteAboutSelfHarm() {
        CommentToModerate reply = new CommentToModerate("c9", "a1", null, "Dr. Lee", "lee@example.org",
                "Some days I want to die too.", true);

        Verdict verdict = engine.evaluate(ModerationContext.of(reply));

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void aLinkFromAFirstTimeAuthorIsHeldButFromAnEstablishedOnePublished() {
        String body = "There is a good overview at https://research.example.org/tears-in-therapy";
        AuthorHistory established = new AuthorHistory(8, 0, 0, 1, false, false);

        assertThat(firstTime(body).decision()).isEqualTo(Decision.HOLD);
        assertThat(by(Probe.regular(), body).decision()).isEqualTo(Decision.PUBLISH);
        Verdict trusted = by(established, body);
        assertThat(trusted.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(trusted.tags()).containsExactly(Verdict.TRUSTED);
    }

    @Test
    void aTrustedAuthorsPromotionIsPublishedButTheirSpamIsNot() {
        AuthorHistory established = new AuthorHistory(20, 2, 0, 0, false, false);

        assertThat(by(established, "I wrote about this on my blog, see my blog post from May").decision())
                .isEqualTo(Decision.PUBLISH);
        assertThat(by(established, "Best online casino, free spins for all").decision())
                .isEqualTo(Decision.REJECT);
    }

    @Test
    void theSameTextPostedAgainAndAFloodAreCaughtFromTheContext() {
        String body = "This article is amazing, everyone should read it twice.";
        CommentToModerate comment = CommentToModerate.withBody(body);

        assertThat(engine.evaluate(new ModerationContext(comment, null, Probe.regular(), 0)).decision())
                .isEqualTo(Decision.PUBLISH);
        assertThat(engine.evaluate(new ModerationContext(comment, null, Probe.regular(), 1)).decision())
                .isEqualTo(Decision.HOLD);
        assertThat(engine.evaluate(new ModerationContext(comment, null, Probe.regular(), 5)).decision())
                .isEqualTo(Decision.REJECT);
        assertThat(by(new AuthorHistory(2, 0, 0, 12, false, false), body).decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void theLearnedModelIsOneSignalAndItsVersionIsRecorded() {
        SpamModel model = new SpamModel() {
            @Override
            public double spamProbability(String text) {
                return text.contains("crypto") ? 0.99 : 0.1;
            }

            @Override
            public String version() {
                return "nb-3";
            }
        };
        ModerationEngine withModel = new ModerationEngine(EngineSettings.defaults(), model);

        Verdict spam = withModel.evaluate(CommentToModerate.withBody("my crypto group doubles money"));
        Verdict clean = withModel.evaluate(CommentToModerate.withBody("Thank you for this article."));

        assertThat(spam.decision()).isEqualTo(Decision.REJECT);
        assertThat(spam.ruleIds()).containsExactly(ModelRule.RULE_ID);
        assertThat(spam.modelVersion()).isEqualTo("nb-3");
        assertThat(clean.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(clean.modelVersion()).isEqualTo("nb-3");
        assertThat(withModel.modelVersion()).isEqualTo("nb-3");
        assertThat(engine.evaluate(CommentToModerate.withBody("Thanks")).modelVersion()).isNull();
    }

    @Test
    void everyVerdictCarriesTheRulesVersionAndTheOriginalTextAsEvidence() {
        ModerationEngine versioned = new ModerationEngine(EngineSettings.defaults().withVersion("engine-42"));

        Verdict verdict = versioned.evaluate(CommentToModerate.withBody("Follow me on TikTok, link: tinyurl.com/abcd"));

        assertThat(verdict.rulesVersion()).isEqualTo("engine-42");
        assertThat(versioned.version()).isEqualTo("engine-42");
        assertThat(verdict.signals()).filteredOn(s -> !s.ruleId().startsWith("trust."))
                .extracting(Signal::evidence).containsOnly("Follow me on", "tinyurl.com/abcd");
    }

    @Test
    void theSameContextAlwaysGetsTheSameVerdict() {
        ModerationContext context = ModerationContext.of(CommentToModerate.withBody(
                "Visit my blog at calm-minds.com or email me at calm@example.com, 100% free!"));

        assertThat(engine.evaluate(context)).isEqualTo(engine.evaluate(context))
                .isEqualTo(ModerationEngine.withDefaults().evaluate(context));
    }

    @Test
    void aRuleFailureHoldsTheCommentForAHumanInsteadOfThrowing() {
        SpamModel broken = text -> {
            throw new IllegalStateException("model file missing");
        };

        Verdict verdict = new ModerationEngine(EngineSettings.defaults(), broken)
                .evaluate(CommentToModerate.withBody("Hello"));

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.ruleIds()).containsExactly(ModerationEngine.ENGINE_ERROR);
        assertThat(verdict.queueReason()).isNotBlank();
    }

    @Test
    void readersArguingAndTellingTheirStoriesArePublished() {
        List<String> bodies = List.of(
                "I completely disagree. Crying in a session is a failure of boundaries, and I said so to mine.",
                "When my father died I could not stop crying for months; my counsellor sat with me every week.",
                "Is it normal that I feel angry at my therapist for being human? I am 34 and have been in therapy "
                        + "since 2015, twice a week, and this is the first time I noticed.",
                "Stupid question maybe, but how do you find a therapist who listens?");

        assertThat(bodies).allSatisfy(body -> assertThat(firstTime(body).decision()).as(body)
                .isEqualTo(Decision.PUBLISH));
    }
}
