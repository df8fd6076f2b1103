package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

/**
 * Turns signals into a decision. Scores add up per category. In order:
 * <ol>
 * <li>a person who may be in danger is held as URGENT with an alert, whatever else fired: they must reach a human,
 * not vanish;</li>
 * <li>a comment is rejected only on one signal that is reject-level by itself, in spam, abuse or distrust (a blocked
 * author): a banned word, a link shortener, an advert's phrase, the learned model at its reject threshold. Weak or
 * hold-level signals never add up to a rejection, however many fire (a first-time author's link to a moment in the
 * video plus a hesitant model, or two suspect words): they hold for a human instead. Only these categories are ever
 * rejected without a human, and the article's therapist is held instead;</li>
 * <li>the article's therapist is published, tagged as the expert, even with milder signals;</li>
 * <li>any category at hold level holds, with the most urgent priority among the signals that held it;</li>
 * <li>otherwise the comment is published.</li>
 * </ol>
 * Scores add up per category only towards holding. A trust bonus (a negative trust score) lowers promotion scores
 * and hold-level spam scores first; it never saves a comment with a reject-level spam signal.
 */
final class VerdictPolicy {

    /** Priority of a published comment, should it be reported later. */
    static final Priority PUBLISHED_PRIORITY = Priority.NORMAL;

    private final EngineSettings settings;

    VerdictPolicy(EngineSettings settings) {
        this.settings = settings;
    }

    Verdict decide(List<Signal> signals, String modelVersion) {
        double[] sums = new double[Category.values().length];
        double[] strongest = new double[Category.values().length];
        double bonus = 0;
        boolean expert = false;
        for (Signal signal : signals) {
            if (signal.category() == Category.TRUST && signal.score() < 0) {
                bonus -= signal.score();
            } else {
                sums[signal.category().ordinal()] += signal.score();
                strongest[signal.category().ordinal()] = Math.max(strongest[signal.category().ordinal()],
                        signal.score());
            }
            expert |= signal.ruleId().equals(TrustRule.EXPERT);
        }
        double hold = settings.holdThreshold();
        double reject = settings.rejectThreshold();
        if (bonus > 0) {
            if (strongest[Category.SPAM.ordinal()] < reject) {
                sums[Category.SPAM.ordinal()] = Math.max(0, sums[Category.SPAM.ordinal()] - bonus);
            }
            sums[Category.PROMOTION.ordinal()] = Math.max(0, sums[Category.PROMOTION.ordinal()] - bonus);
        }
        List<String> tags = new ArrayList<>(2);
        if (expert) {
            tags.add(Verdict.EXPERT);
        }
        if (bonus > 0) {
            tags.add(Verdict.TRUSTED);
        }
        String rules = settings.version();

        if (sums[Category.SAFETY.ordinal()] > 0) {
            return new Verdict(Decision.HOLD, Priority.URGENT, Category.SAFETY.queueReason(), true, tags, signals,
                    rules, modelVersion);
        }
        // one signal must be reject-level by itself: sums of weaker ones only hold
        Category rejecting = strongest[Category.SPAM.ordinal()] >= reject ? Category.SPAM
                : strongest[Category.ABUSE.ordinal()] >= reject ? Category.ABUSE
                        : strongest[Category.TRUST.ordinal()] >= reject ? Category.TRUST : null;
        if (rejecting != null) {
            if (expert) {
                return new Verdict(Decision.HOLD, Priority.HIGH, rejecting.queueReason(), false, tags, signals, rules,
                        modelVersion);
            }
            return new Verdict(Decision.REJECT, Priority.LOW, null, false, tags, signals, rules, modelVersion);
        }
        if (expert) {
            return new Verdict(Decision.PUBLISH, PUBLISHED_PRIORITY, null, false, tags, signals, rules, modelVersion);
        }
        Priority priority = null;
        Category reason = null;
        for (Signal signal : signals) {
            Category category = signal.category();
            if (category == Category.TRUST || sums[category.ordinal()] < hold || signal.score() <= 0) {
                continue;
            }
            if (priority == null || signal.priority().compareTo(priority) < 0) {
                priority = signal.priority();
                reason = category;
            }
        }
        if (priority == null) {
            return new Verdict(Decision.PUBLISH, PUBLISHED_PRIORITY, null, false, tags, signals, rules, modelVersion);
        }
        return new Verdict(Decision.HOLD, priority, reason.queueReason(), false, tags, signals, rules, modelVersion);
    }
}
