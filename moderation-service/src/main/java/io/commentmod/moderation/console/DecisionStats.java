package io.commentmod.moderation.console;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.Actor;
import io.commentmod.contracts.Decision;
import io.commentmod.moderation.cases.ModerationCase;
import io.commentmod.moderation.cases.ModerationCase.Fields;

/**
 * Decisions per day (UTC) for the stats page: automatic verdicts by decision and by the rule behind them, and
 * moderators' decisions, counted from the audit trails of the cases created in the period. Reads at most
 * {@link #MAX_CASES} cases (the newest), which covers weeks of a busy site; beyond that the page says it is partial.
 */
@Component
class DecisionStats {

    static final int MAX_CASES = 50_000;

    private final MongoTemplate mongo;
    private final Clock clock;

    DecisionStats(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * @param byDay     per day, newest first: how many automatic PUBLISH / HOLD / REJECT and moderator decisions
     * @param topRules  the rules behind automatic holds and rejections in the period, most frequent first
     * @param partial   true when more cases exist than were read
     */
    record Stats(List<Day> byDay, List<Map.Entry<String, Integer>> topRules, boolean partial) {
    }

    record Day(LocalDate day, int published, int held, int rejected, int byModerators) {
    }

    Stats lastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Query query = Query.query(where("createdAt").gte(first.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .with(Sort.by(Sort.Order.desc("createdAt"))).limit(MAX_CASES + 1);
        query.fields().include(Fields.HISTORY).include("signals").include("createdAt");
        List<org.bson.Document> found = mongo.find(query, org.bson.Document.class, ModerationCase.COLLECTION);
        Map<LocalDate, int[]> perDay = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (LocalDate d = today; !d.isBefore(first); d = d.minusDays(1)) {
            perDay.put(d, new int[4]);
        }
        Map<String, Integer> rules = new TreeMap<>();
        for (org.bson.Document c : found.subList(0, Math.min(found.size(), MAX_CASES))) {
            List<org.bson.Document> history = c.getList(Fields.HISTORY, org.bson.Document.class, List.of());
            for (org.bson.Document entry : history) {
                java.util.Date at = entry.getDate("at");
                org.bson.Document actor = entry.get("actor", org.bson.Document.class);
                if (at == null || actor == null) {
                    continue;
                }
                int[] counts = perDay.get(LocalDate.ofInstant(at.toInstant().truncatedTo(ChronoUnit.MILLIS),
                        ZoneOffset.UTC));
                if (counts == null) {
                    continue;
                }
                if (Actor.Kind.MODERATOR.name().equals(actor.getString("kind"))) {
                    counts[3]++;
                } else if (Actor.Kind.AUTOMATIC.name().equals(actor.getString("kind"))) {
                    Decision decision = Decision.valueOf(entry.getString("decision"));
                    counts[decision.ordinal()]++;
                    if (decision != Decision.PUBLISH) {
                        for (String rule : entry.getList("reasons", String.class, List.of())) {
                            rules.merge(rule, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Day> byDay = perDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        List<Map.Entry<String, Integer>> topRules = rules.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(15).toList();
        return new Stats(byDay, topRules, found.size() > MAX_CASES);
    }
}
