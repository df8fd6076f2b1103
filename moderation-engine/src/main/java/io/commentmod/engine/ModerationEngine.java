package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.commentmod.contracts.Decision;
import io.commentmod.contracts.Priority;

/**
 * Decides about a comment in its context: normalizes the text once, runs the rules, each adding signals, and lets
 * {@link VerdictPolicy} decide. Hard rules (a blocked author, a banned word) decide early, after the safety rule has
 * had its say. Immutable and thread-safe; deterministic for the same context, settings version and model version.
 * To change settings, build a new engine.
 */
public final class ModerationEngine implements ModerationRules {

    /** Signal of the fallback verdict when a rule fails: held for a human rather than lost or published unseen. */
    public static final String ENGINE_ERROR = "engine.error";

    /** Run first; when they reject and nobody is in danger, the rest is not needed. */
    private static final List<Rule> HARD_RULES = List.of(new SafetyRule(), TrustRule.blockedAuthor(),
            AbuseRule.banned());

    private static final List<Rule> RULES = List.of(TrustRule.standing(), new SpamPhraseRule(), new LinkRule(),
            new ObfuscationRule(), new GibberishRule(), new ShoutingRule(), new RepetitionRule(), AbuseRule.suspect(),
            new SelfPromotionRule(), new EngagementBaitRule(), new SolicitationRule(), new ServiceAdRule(),
            new PromotionLinkRule(), new PrivacyRule());

    private final EngineSettings settings;
    private final CompiledSettings compiled;
    private final VerdictPolicy policy;
    private final SpamModel model;
    private final ModelRule modelRule;

    /** An engine without a learned model. */
    public ModerationEngine(EngineSettings settings) {
        this(settings, null);
    }

    /**
     * @param model the learned spam model, or null for none
     * @throws IllegalArgumentException when the settings have {@link EngineSettings#problems() problems}
     */
    public ModerationEngine(EngineSettings settings, SpamModel model) {
        Objects.requireNonNull(settings, "settings");
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid engine settings: " + String.join("; ", problems));
        }
        this.settings = settings;
        this.compiled = new CompiledSettings(settings);
        this.policy = new VerdictPolicy(settings);
        this.model = model;
        this.modelRule = model == null ? null : new ModelRule(model);
    }

    /** The default settings, no model. */
    public static ModerationEngine withDefaults() {
        return new ModerationEngine(EngineSettings.defaults());
    }

    /** Decides about one comment in its context. Never throws for a non-null context: see {@link #ENGINE_ERROR}. */
    public Verdict evaluate(ModerationContext context) {
        Objects.requireNonNull(context, "context");
        try {
            Evaluation evaluation = new Evaluation(context, TextNormalizer.normalize(context.comment().body()),
                    compiled);
            List<Signal> signals = new ArrayList<>(4);
            for (Rule rule : HARD_RULES) {
                rule.apply(evaluation, signals);
            }
            if (decidedEarly(signals, context)) {
                return policy.decide(signals, null);
            }
            for (Rule rule : RULES) {
                rule.apply(evaluation, signals);
            }
            if (modelRule == null || decidedEarly(signals, context)) {
                // the model cannot change a rejection by the rules: it is not asked, and the verdict says so
                return policy.decide(signals, null);
            }
            modelRule.apply(evaluation, signals);
            return policy.decide(signals, modelVersion());
        } catch (RuntimeException | StackOverflowError e) {
            Signal failure = new Signal(ENGINE_ERROR, Category.SPAM, settings.holdThreshold(), Priority.NORMAL,
                    e.getClass().getSimpleName(), "The engine could not evaluate this comment; a human must decide.");
            return new Verdict(Decision.HOLD, Priority.NORMAL, "Engine error: a human must decide", false, List.of(),
                    List.of(failure), settings.version(), modelVersion());
        }
    }

    /** The seam the service used before contexts existed: the comment as a first-time author's, a new text. */
    @Override
    public Verdict evaluate(CommentToModerate comment) {
        return evaluate(ModerationContext.of(comment));
    }

    /** The settings version, recorded on every verdict. */
    @Override
    public String version() {
        return settings.version();
    }

    /** The model's version, or null without a model. */
    public String modelVersion() {
        return model == null ? null : model.version();
    }

    public EngineSettings settings() {
        return settings;
    }

    /**
     * A reject-level signal in spam, abuse or distrust (a banned word, a blocked author, an advert's phrase) rejects
     * whatever else is found, unless the writer may be in danger or is the expert: after the hard rules the other
     * rules are skipped, after the other rules the model.
     */
    private static boolean decidedEarly(List<Signal> signals, ModerationContext context) {
        if (signals.isEmpty() || context.comment().byArticleTherapist()) {
            return false;
        }
        boolean hard = false;
        for (Signal signal : signals) {
            if (signal.category() == Category.SAFETY) {
                return false;
            }
            hard |= signal.isRejectLevel() && (signal.category() == Category.SPAM
                    || signal.category() == Category.ABUSE || signal.category() == Category.TRUST);
        }
        return hard;
    }
}
