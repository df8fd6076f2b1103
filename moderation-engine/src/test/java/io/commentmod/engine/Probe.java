package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a text or a context, the way the engine does, for the rules' unit tests. */
final class Probe {

    private Probe() {
    }

    static List<Signal> signals(Rule rule, String body) {
        return signals(rule, ModerationContext.of(CommentToModerate.withBody(body)));
    }

    static List<Signal> signals(Rule rule, ModerationContext context) {
        return signals(rule, context, EngineSettings.defaults());
    }

    static List<Signal> signals(Rule rule, ModerationContext context, EngineSettings settings) {
        Evaluation evaluation = new Evaluation(context, TextNormalizer.normalize(context.comment().body()),
                new CompiledSettings(settings));
        List<Signal> signals = new ArrayList<>();
        rule.apply(evaluation, signals);
        return signals;
    }

    /** A context with an author of this standing. */
    static ModerationContext by(ModerationContext.AuthorHistory author, String body) {
        return new ModerationContext(CommentToModerate.withBody(body), null, author, 0);
    }

    static ModerationContext.AuthorHistory regular() {
        return new ModerationContext.AuthorHistory(2, 0, 0, 0, false, false);
    }
}
