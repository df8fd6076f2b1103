package io.commentmod.moderation.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.Decision;
import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationEngine;
import io.commentmod.engine.Verdict;
import io.commentmod.moderation.cases.Excerpts;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;
import io.commentmod.moderation.model.LiveSpamModel;

/**
 * How the latest comments would be decided under edited settings, next to how the active settings decide them, so
 * an admin sees what a change does before saving it. Both run on the same inputs: the comment, its article's
 * therapist flag, no author or duplicate history (that has moved on since), and the live model; so every
 * difference comes from the edit.
 */
@Component
public class RulesPreview {

    public static final int MAX_COMMENTS = 500;

    private final MongoTemplate mongo;
    private final RuleSets ruleSets;
    private final LiveSpamModel model;

    RulesPreview(MongoTemplate mongo, RuleSets ruleSets, LiveSpamModel model) {
        this.mongo = mongo;
        this.ruleSets = ruleSets;
        this.model = model;
    }

    /**
     * @param active  how the active settings decide the compared comments (publish, hold, reject)
     * @param edited  how the edited settings decide them
     * @param changed the comments whose decision differs, newest first
     */
    public record Result(int compared, Counts active, Counts edited, List<Change> changed) {
    }

    public record Counts(int publish, int hold, int reject) {
    }

    public record Change(String commentId, String excerpt, Decision active, Decision edited, List<String> rules) {
    }

    /** Compares the last {@code count} comments; the settings must be valid ({@link EngineSettings#problems()}). */
    public Result preview(EngineSettings edited, int count) {
        ModerationEngine now = new ModerationEngine(ruleSets.active().settings(), model.isPresent() ? model : null);
        ModerationEngine then = new ModerationEngine(edited, model.isPresent() ? model : null);
        Query latest = new Query().with(Sort.by(Sort.Order.desc(Fields.POSTED_AT), Sort.Order.desc(Fields.ID)))
                .limit(Math.min(count, MAX_COMMENTS));
        latest.fields().exclude(Fields.OUTBOX, Fields.HISTORY);
        int[] before = new int[3];
        int[] after = new int[3];
        List<Change> changed = new ArrayList<>();
        List<ModerationCase> cases = mongo.find(latest, ModerationCase.class);
        for (ModerationCase c : cases) {
            ModerationContext context = contextOf(c.comment());
            Verdict a = now.evaluate(context);
            Verdict b = then.evaluate(context);
            before[a.decision().ordinal()]++;
            after[b.decision().ordinal()]++;
            if (a.decision() != b.decision()) {
                changed.add(new Change(c.commentId(), Excerpts.of(c.comment().body(), 140), a.decision(), b.decision(),
                        b.ruleIds()));
            }
        }
        return new Result(cases.size(), counts(before), counts(after), changed);
    }

    private static Counts counts(int[] byDecision) {
        return new Counts(byDecision[Decision.PUBLISH.ordinal()], byDecision[Decision.HOLD.ordinal()],
                byDecision[Decision.REJECT.ordinal()]);
    }

    private static ModerationContext contextOf(ModerationCase.CommentSnapshot s) {
        return ModerationContext.of(new CommentToModerate(s.id(), s.articleId(), s.parentId(),
                s.author() == null ? null : s.author().name(), s.author() == null ? null : s.author().email(),
                s.body(), s.byArticleTherapist()));
    }
}
