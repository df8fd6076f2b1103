package io.commentmod.moderation.model;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.commentmod.engine.SpamModel;
import io.commentmod.spammodel.SpamClassifier;

/**
 * The learned classifier this instance scores with and learns into, as the engine's {@link SpamModel}. Empty until a
 * model is loaded or bootstrapped; without one the engine runs on its rules alone (model version null).
 *
 * <p>The classifier learns copy-on-write: a verdict scored while a moderator's decision is being learned uses either
 * the old or the new weights, and reports the version it read right after scoring. In that rare race the recorded
 * version may be the one just after the weights used; the decision events are the record of what was learned when.
 */
@Component
public class LiveSpamModel implements SpamModel {

    private final AtomicReference<SpamClassifier> classifier = new AtomicReference<>();

    public boolean isPresent() {
        return classifier.get() != null;
    }

    public Optional<SpamClassifier> classifier() {
        return Optional.ofNullable(classifier.get());
    }

    /** Scores with {@code next} from now on; null runs without a model. */
    public void use(SpamClassifier next) {
        classifier.set(next);
    }

    @Override
    public double spamProbability(String text) {
        SpamClassifier current = classifier.get();
        return current == null ? 0 : current.spamProbability(text);
    }

    @Override
    public String version() {
        SpamClassifier current = classifier.get();
        return current == null ? null : current.version();
    }
}
