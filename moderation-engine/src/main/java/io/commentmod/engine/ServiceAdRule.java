package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Advertising a service: "I offer coaching sessions", "we provide affordable counselling", "book a session with me",
 * "hire me". Held: a human decides whether a professional's offer belongs under the article.
 */
final class ServiceAdRule implements Rule {

    static final String RULE_ID = "promotion.service";

    private static final Trigger OFFER = new Trigger(
            "\\b(?:i|we)\\s+(?:offer|provide|sell)\\s+(?:\\w+\\s+){0,3}(?:services?|sessions?|coaching|consultations?"
                    + "|courses?|packages?|programs?|programmes?|treatments?|readings?|spells?)\\b"
                    + "|\\bbook\\s+(?:a|your)\\s+(?:free\\s+)?(?:session|consultation|appointment|call)\\s+with\\s+(?:me|us)\\b"
                    + "|\\bhire\\s+(?:me|us)\\b|\\b(?:affordable|competitive|reasonable)\\s+(?:rates|prices)\\b"
                    + "|\\b(?:visit|contact)\\s+(?:our|my)\\s+(?:office|agency|company|team)\\b"
                    + "|\\bfree\\s+(?:consultation|quote|trial)\\b|\\bspell\\s+caster\\b|\\blove\\s+spells?\\b",
            "i offer", "i provide", "i sell", "we offer", "we provide", "we sell", "book a", "book your", "hire me",
            "hire us", "affordable", "competitive", "reasonable", "visit our", "visit my", "contact our", "contact my",
            "free consultation", "free quote", "free trial", "spell caster", "love spell");

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        for (String hit : OFFER.all(evaluation.text)) {
            signals.add(new Signal(RULE_ID, Category.PROMOTION, Signal.HOLD_LEVEL, Priority.NORMAL, hit,
                    "The writer advertises a service."));
        }
    }
}
