package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * The same text posted again (by anyone, on any article) and one author posting in bursts. The service counts both
 * (it sees every instance's comments); the engine turns the counts into signals. Short texts ("Thank you!") repeat
 * innocently and are left alone.
 */
final class RepetitionRule implements Rule {

    static final String DUPLICATE = "spam.duplicate";
    static final String FLOOD = "spam.flood";

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        EngineSettings settings = evaluation.settings.raw;
        int copies = evaluation.context.duplicateCount();
        if (copies >= settings.duplicateHoldCount()
                && evaluation.text.stats().letters() >= settings.duplicateMinLetters()) {
            boolean reject = copies >= settings.duplicateRejectCount();
            signals.add(new Signal(DUPLICATE, Category.SPAM,
                    reject ? settings.rejectThreshold() : settings.holdThreshold(), Priority.LOW,
                    "seen " + copies + " time(s) before",
                    "The same text was posted " + copies + " time(s) before, possibly under other articles."));
        }
        int recent = evaluation.context.author().recentComments();
        if (recent >= settings.floodHoldCount()) {
            boolean reject = recent >= settings.floodRejectCount();
            signals.add(new Signal(FLOOD, Category.SPAM,
                    reject ? settings.rejectThreshold() : settings.holdThreshold(), Priority.LOW,
                    recent + " comments in " + settings.floodWindowMinutes() + " min",
                    "The author posted " + recent + " comments in the last " + settings.floodWindowMinutes()
                            + " minutes."));
        }
    }
}
