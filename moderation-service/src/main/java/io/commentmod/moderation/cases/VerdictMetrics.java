package io.commentmod.moderation.cases;

import org.springframework.stereotype.Component;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code comments.verdicts{decision, actor}}: how many comments were published, held or rejected, and by whom. */
@Component
public class VerdictMetrics {

    static final String NAME = "comments.verdicts";

    private final MeterRegistry meters;

    VerdictMetrics(MeterRegistry meters) {
        this.meters = meters;
        // Registered up front so dashboards see a zero instead of a missing series.
        for (Decision decision : Decision.values()) {
            for (Actor.Kind actor : new Actor.Kind[] {Actor.Kind.AUTOMATIC, Actor.Kind.MODERATOR}) {
                counter(decision, actor);
            }
        }
    }

    public void record(Decision decision, Actor.Kind actor) {
        counter(decision, actor).increment();
    }

    private Counter counter(Decision decision, Actor.Kind actor) {
        return Counter.builder(NAME)
                .description("Verdicts on comments by decision and by who decided")
                .tag("decision", decision.name())
                .tag("actor", actor.name())
                .register(meters);
    }
}
