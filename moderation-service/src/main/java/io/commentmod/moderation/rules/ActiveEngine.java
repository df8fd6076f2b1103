package io.commentmod.moderation.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.commentmod.engine.ModerationEngine;
import io.commentmod.moderation.model.LiveSpamModel;

/**
 * The engine built from the newest settings version and the live learned model. Every call (intake makes one per
 * poll of comments) checks the newest version number (one indexed read of one small field), so a version saved on
 * any instance decides the next poll on every instance, without a restart and without a window in which instances disagree for long. The engine
 * itself is rebuilt only when the version changes, or when a model appears or disappears.
 */
@Component
public class ActiveEngine {

    private static final Logger log = LoggerFactory.getLogger(ActiveEngine.class);

    private record Built(long number, boolean withModel, ModerationEngine engine) {
    }

    private final RuleSets ruleSets;
    private final LiveSpamModel model;
    private volatile Built built;

    ActiveEngine(RuleSets ruleSets, LiveSpamModel model) {
        this.ruleSets = ruleSets;
        this.model = model;
    }

    /** The engine for the next comment. */
    public ModerationEngine current() {
        long newest = ruleSets.newestNumber();
        boolean withModel = model.isPresent();
        Built current = built;
        if (current != null && current.number() == newest && current.withModel() == withModel) {
            return current.engine();
        }
        return rebuild(withModel, current);
    }

    private synchronized ModerationEngine rebuild(boolean withModel, Built previous) {
        RuleSet active = ruleSets.active();
        Built current = built;
        if (current != null && current.number() == active.number() && current.withModel() == withModel) {
            return current.engine();
        }
        try {
            ModerationEngine engine = new ModerationEngine(active.settings(), withModel ? model : null);
            built = new Built(active.number(), withModel, engine);
            log.info("Moderation engine now uses settings {} and model {}", active.version(),
                    withModel ? model.version() : "none");
            return engine;
        } catch (IllegalArgumentException e) {
            // Only reachable when a stored version was edited by hand around the API's validation.
            if (previous == null) {
                throw e;
            }
            log.error("Settings {} are invalid; still deciding with the previous version: {}", active.version(),
                    e.getMessage());
            return previous.engine();
        }
    }
}
