package io.commentmod.lab;

import io.commentmod.spammodel.SpamClassifier;

/** The spam model alone: probability below {@code publishBelow} publishes, at or above {@code rejectFrom} rejects. */
public final class ModelOnlyDecider implements Decider {

    /** Default thresholds, fixed up front (not tuned on the test files). */
    public static final double DEFAULT_PUBLISH_BELOW = 0.5;
    public static final double DEFAULT_REJECT_FROM = 0.9;

    private final SpamClassifier model;
    private final double publishBelow;
    private final double rejectFrom;

    public ModelOnlyDecider(SpamClassifier model, double publishBelow, double rejectFrom) {
        if (!(publishBelow <= rejectFrom)) {
            throw new IllegalArgumentException("publishBelow must be <= rejectFrom");
        }
        this.model = model;
        this.publishBelow = publishBelow;
        this.rejectFrom = rejectFrom;
    }

    @Override
    public Outcome decide(String text) {
        double p = model.spamProbability(text);
        return p < publishBelow ? Outcome.PUBLISH : p >= rejectFrom ? Outcome.REJECT : Outcome.HOLD;
    }

    @Override
    public String explain(String text) {
        return String.format(java.util.Locale.ROOT, "%s p(spam)=%.3f", decide(text), model.spamProbability(text));
    }

    @Override
    public String describe() {
        return "model only (" + model + "), publish below " + publishBelow + ", reject from " + rejectFrom;
    }

    @Override
    public long modelBytes() {
        return model.toBytes().length;
    }
}
