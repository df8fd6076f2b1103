package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * The configured word lists: a banned word or phrase rejects (a hard rule, decided early), a suspect one asks a
 * human. Matched on the squeezed normalized text, so "1d1ot" is not caught but "іdiooot" with a Cyrillic "і" is.
 */
final class AbuseRule implements Rule {

    static final String BANNED = "abuse.banned";
    static final String SUSPECT = "abuse.suspect";

    private final boolean banned;

    private AbuseRule(boolean banned) {
        this.banned = banned;
    }

    static AbuseRule banned() {
        return new AbuseRule(true);
    }

    static AbuseRule suspect() {
        return new AbuseRule(false);
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        CompiledSettings settings = evaluation.settings;
        if (banned) {
            for (String hit : settings.banned.find(evaluation.text)) {
                signals.add(new Signal(BANNED, Category.ABUSE, settings.raw.rejectThreshold(), Priority.LOW, hit,
                        "The comment uses a banned word or phrase."));
            }
        }
        if (!banned) {
            for (String hit : settings.suspect.find(evaluation.text)) {
                signals.add(new Signal(SUSPECT, Category.ABUSE, settings.raw.holdThreshold(), Priority.HIGH, hit,
                        "The comment uses a word that is often abusive; a human should judge the tone."));
            }
        }
    }
}
