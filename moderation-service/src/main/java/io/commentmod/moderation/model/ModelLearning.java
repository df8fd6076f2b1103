package io.commentmod.moderation.model;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Topics;
import io.commentmod.moderation.ModerationProperties;
import io.commentmod.moderation.cases.Cases;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.decisions.DecisionCategory;
import io.commentmod.spammodel.SpamClassifier;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Teaches the live model every moderator decision: an approval is "not spam", a rejection for spam or promotion is
 * "spam", other rejections (abuse, personal data) are "not spam" too, since the text itself is not an ad. Automatic
 * verdicts are never learned from: the model would only learn to agree with itself.
 *
 * <p>Every instance must learn every decision, or instances would score with models that drift apart depending on
 * which partitions they own. So each instance consumes in its own consumer group,
 * {@code moderation-learning-<instance id>}: Kafka delivers every decision to every group. With a stable instance id
 * (the host name) a restarted instance resumes where it stopped; a new instance starts from the newest saved model
 * and, by default, from the newest decisions ({@link ModelProperties#learningStart()}), so it does not learn again
 * what the saved model already knows. Snapshots are saved every {@link ModelProperties#snapshotEvery()} decisions
 * and every {@link ModelProperties#snapshotInterval()}; the newest snapshot of any instance is what a (re)started
 * instance loads. What an instance learned after its last snapshot and before it stopped is kept by the other
 * instances' snapshots, not by its own.
 */
@Component
class ModelLearning {

    private static final Logger log = LoggerFactory.getLogger(ModelLearning.class);

    /** {@code spam.model.learned{label}}: moderator decisions the live model learned, by the label learned. */
    static final String LEARNED_METRIC = "spam.model.learned";

    private final LiveSpamModel live;
    private final ModelStore store;
    private final Cases cases;
    private final int snapshotEvery;
    private final String source;
    private final AtomicInteger unsaved = new AtomicInteger();
    private final MeterRegistry meters;

    ModelLearning(LiveSpamModel live, ModelStore store, Cases cases, ModelProperties properties,
            ModerationProperties moderation, MeterRegistry meters) {
        this.meters = meters;
        this.live = live;
        this.store = store;
        this.cases = cases;
        this.snapshotEvery = properties.snapshotEvery();
        this.source = "learned:" + moderation.instanceId();
    }

    @KafkaListener(topics = Topics.COMMENT_MODERATED,
            groupId = "moderation-learning-${commentmod.moderation.instance-id:local}",
            properties = "auto.offset.reset=${commentmod.moderation.model.learning-start:latest}")
    void onCommentModerated(CommentModerated moderated) {
        if (moderated.decidedBy() == null || moderated.decidedBy().kind() != Actor.Kind.MODERATOR) {
            return;
        }
        SpamClassifier classifier = live.classifier().orElse(null);
        if (classifier == null) {
            log.debug("No learned model on this instance; decision on {} not learned", moderated.commentId());
            return;
        }
        ModerationCase moderationCase = cases.find(moderated.commentId()).orElse(null);
        if (moderationCase == null || moderationCase.comment() == null || moderationCase.comment().body() == null) {
            log.warn("No case with a text for decided comment {}; not learned", moderated.commentId());
            return;
        }
        boolean spam = moderated.decision() == Decision.REJECT && categoryOf(moderationCase, moderated).isSpam();
        classifier.learn(moderationCase.comment().body(), spam);
        meters.counter(LEARNED_METRIC, "label", spam ? "spam" : "not-spam").increment();
        log.debug("Learned comment {} as {}: model {}", moderated.commentId(), spam ? "spam" : "not spam",
                classifier.version());
        if (unsaved.incrementAndGet() >= snapshotEvery) {
            snapshot();
        }
    }

    /** Saves the live model when it learned something since the last snapshot. */
    @Scheduled(initialDelayString = "${commentmod.moderation.model.snapshot-interval:1m}",
            fixedDelayString = "${commentmod.moderation.model.snapshot-interval:1m}")
    void snapshotIfChanged() {
        if (unsaved.get() > 0) {
            snapshot();
        }
    }

    /** What was learned since the last snapshot is not lost when the instance stops normally. */
    @PreDestroy
    void snapshotOnShutdown() {
        snapshotIfChanged();
    }

    /**
     * Never throws: a failed save must not fail the decision's record, whose redelivery would teach the model the
     * same decision twice. The next decision or the timer tries again.
     */
    private synchronized void snapshot() {
        SpamClassifier classifier = live.classifier().orElse(null);
        int pending = unsaved.get();
        if (classifier == null || pending == 0) {
            return;
        }
        try {
            if (store.save(classifier, source)) {
                unsaved.addAndGet(-pending);
            }
        } catch (RuntimeException e) {
            log.warn("Could not save the spam model {}; retrying later: {}", classifier.version(), e.toString());
        }
    }

    private static DecisionCategory categoryOf(ModerationCase moderationCase, CommentModerated moderated) {
        return moderationCase.history().stream()
                .filter(entry -> entry.revision() == moderated.revision())
                .map(entry -> DecisionCategory.of(entry.category()))
                .findFirst()
                .orElse(DecisionCategory.OTHER);
    }
}
