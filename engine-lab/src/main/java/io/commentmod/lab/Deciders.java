package io.commentmod.lab;

import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationEngine;
import io.commentmod.engine.Signal;
import io.commentmod.engine.SpamModel;
import io.commentmod.engine.Verdict;
import io.commentmod.spammodel.SpamClassifier;

/** Builds deciders. */
public final class Deciders {

    private Deciders() {
    }

    static boolean engineAvailable() {
        return true;
    }

    /** The spam classifier as the engine's {@link SpamModel}. */
    public static SpamModel asSpamModel(SpamClassifier classifier) {
        return new SpamModel() {
            @Override
            public double spamProbability(String text) {
                return classifier.spamProbability(text);
            }

            @Override
            public String version() {
                return classifier.version();
            }
        };
    }

    /** The whole engine with default settings and the model as one of its signals. */
    public static Decider engine(SpamClassifier classifier) {
        return engine(classifier, EngineSettings.defaults());
    }

    /** The whole engine with the given settings and the model as one of its signals. */
    public static Decider engine(SpamClassifier classifier, EngineSettings settings) {
        return new EngineDecider(new ModerationEngine(settings, asSpamModel(classifier)), classifier);
    }

    /** Default settings with other model thresholds (to compare policies; the defaults are the engine's). */
    public static EngineSettings withModelThresholds(EngineSettings s, double hold, double reject) {
        return new EngineSettings(s.version() + "+model-" + hold + "-" + reject, s.holdThreshold(),
                s.rejectThreshold(), s.bannedWords(), s.suspectWords(), s.blockedDomains(), s.shortenerDomains(),
                s.spamPhrases(), s.linkRejectCount(), s.floodWindowMinutes(), s.floodHoldCount(),
                s.floodRejectCount(), s.duplicateHoldCount(), s.duplicateRejectCount(), s.duplicateMinLetters(),
                s.trustedMinPublished(), s.trustBonus(), hold, reject);
    }

    /**
     * The whole engine ({@link ModerationEngine#evaluate(ModerationContext)}) on a comment with only its text: a
     * first-time author ("Reader", no history), a top-level comment on one article, a text not seen before. The data
     * set's author names, ids and dates are never passed in.
     */
    static final class EngineDecider implements Decider {

        private final ModerationEngine engine;
        private final SpamClassifier classifier;

        EngineDecider(ModerationEngine engine, SpamClassifier classifier) {
            this.engine = engine;
            this.classifier = classifier;
        }

        private Verdict verdict(String text) {
            CommentToModerate comment = new CommentToModerate("eval", "eval-article", null, "Reader",
                    "reader@example.org", text, false);
            return engine.evaluate(ModerationContext.of(comment));
        }

        @Override
        public Outcome decide(String text) {
            return switch (verdict(text).decision()) {
                case PUBLISH -> Outcome.PUBLISH;
                case HOLD -> Outcome.HOLD;
                case REJECT -> Outcome.REJECT;
            };
        }

        @Override
        public String explain(String text) {
            Verdict v = verdict(text);
            StringBuilder out = new StringBuilder(v.decision().name());
            for (Signal s : v.signals()) {
                out.append(String.format(java.util.Locale.ROOT, " %s=%.2f", s.ruleId(), s.score()));
            }
            return out.append(String.format(java.util.Locale.ROOT, " p(spam)=%.3f",
                    classifier.spamProbability(text))).toString();
        }

        @Override
        public String describe() {
            return "engine (rules " + engine.version() + ", model hold from "
                    + engine.settings().modelHoldThreshold() + ", reject from "
                    + engine.settings().modelRejectThreshold() + ") + " + classifier;
        }

        @Override
        public long modelBytes() {
            return classifier.toBytes().length;
        }
    }
}
