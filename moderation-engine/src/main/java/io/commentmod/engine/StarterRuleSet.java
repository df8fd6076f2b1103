package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The first rule set: text patterns only, no history, no model. Each rule reports signals independently and the
 * {@link VerdictPolicy} decides, so a rule can be added or tuned without touching the others. Bump {@link #VERSION}
 * whenever a rule changes what it matches: the version is stored with every automatic verdict.
 */
public final class StarterRuleSet implements ModerationRules {

    public static final String VERSION = "starter-1";

    private final List<Rule> rules = List.of(new SafetyRule(), new SpamPhraseRule(), new LinkRule(),
            new SelfPromotionRule(), new SolicitationRule(), new PrivacyRule());

    private final VerdictPolicy policy = new VerdictPolicy();

    @Override
    public Verdict evaluate(CommentToModerate comment) {
        List<Signal> signals = new ArrayList<>();
        for (Rule rule : rules) {
            signals.addAll(rule.apply(comment));
        }
        return policy.decide(signals);
    }

    @Override
    public String version() {
        return VERSION;
    }
}
