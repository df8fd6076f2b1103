package io.commentmod.moderation.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.commentmod.spammodel.LabeledText;
import io.commentmod.spammodel.SpamClassifier;
import io.commentmod.spammodel.TrainingOptions;
import io.commentmod.spammodel.YouTubeSpamCsv;

/**
 * Gives the instance its learned model on start: the newest saved snapshot (which carries what every instance has
 * learned up to its last snapshot), else one trained from the configured labeled CSV and saved, else none.
 */
@Component
public class ModelBootstrap {

    private static final Logger log = LoggerFactory.getLogger(ModelBootstrap.class);

    private final ModelStore store;
    private final LiveSpamModel live;

    ModelBootstrap(ModelStore store, LiveSpamModel live) {
        this.store = store;
        this.live = live;
    }

    /**
     * Loads or trains the model and makes it the live one.
     *
     * @param bootstrapCsv the labeled CSV to train from when nothing is saved; null for none
     * @return the live model, or empty when the service runs on rules alone
     * @throws IllegalStateException when a CSV is configured but cannot be read: a wrong path must not silently
     *                               start a service without its model
     */
    public Optional<SpamClassifier> loadOrBootstrap(Path bootstrapCsv) {
        Optional<SpamClassifier> saved = store.newest();
        if (saved.isPresent()) {
            log.info("Loaded the saved spam model {} ({} online updates)", saved.get().version(),
                    saved.get().updates());
            live.use(saved.get());
            return saved;
        }
        if (bootstrapCsv == null || bootstrapCsv.toString().isBlank()) {
            log.info("No saved spam model and no bootstrap CSV configured: deciding on rules alone");
            live.use(null);
            return Optional.empty();
        }
        if (!Files.isRegularFile(bootstrapCsv) || !Files.isReadable(bootstrapCsv)) {
            throw new IllegalStateException("The spam model bootstrap CSV " + bootstrapCsv + " cannot be read");
        }
        List<LabeledText> examples = YouTubeSpamCsv.readLabeled(bootstrapCsv);
        if (examples.isEmpty()) {
            throw new IllegalStateException("The spam model bootstrap CSV " + bootstrapCsv + " has no examples");
        }
        // Deterministic: instances bootstrapping at once train the same model, save it under the same version once.
        SpamClassifier trained = SpamClassifier.train(examples, TrainingOptions.defaults());
        log.info("Trained spam model {} from {} examples in {}", trained.version(), examples.size(), bootstrapCsv);
        store.save(trained, "bootstrap:" + bootstrapCsv.getFileName());
        live.use(trained);
        return Optional.of(trained);
    }
}
