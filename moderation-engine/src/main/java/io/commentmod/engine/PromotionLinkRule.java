package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Self-promotion is held for a human; with a link to follow it counts as spam too, at hold level. It is not
 * reject-level by itself, and hold-level signals never add up to a rejection (see {@link VerdictPolicy}). Runs after
 * the promotion rules.
 */
final class PromotionLinkRule implements Rule {

    static final String RULE_ID = "spam.promotion-link";

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        List<Evaluation.Link> links = evaluation.links();
        if (links.isEmpty() || signals.stream().noneMatch(s -> s.category() == Category.PROMOTION)) {
            return;
        }
        signals.add(new Signal(RULE_ID, Category.SPAM, evaluation.settings.raw.holdThreshold(), Priority.LOW,
                links.get(0).evidence(), "The comment promotes something and links to it."));
    }
}
