package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    @Test
    void the_report_is_one_json_object_that_reads_back_to_the_same_values() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("command", "java -jar load-generator.jar --rate=200");
        report.put("machine", Map.of("nproc", 2));
        report.put("ratio", 0.125);
        report.put("missing", null);
        report.put("allIn", true);
        report.put("errors", new LinkedHashMap<>(Map.of("503", 3L)));
        report.put("timeline", List.of(Map.of("t", 1.0), Map.of("t", 2.0)));
        report.put("text", "quote \" backslash \\ newline \n tab \t control \u0001");

        String json = Json.write(report);

        assertThat(json).startsWith("{").endsWith("}");
        Map<String, Object> expected = new LinkedHashMap<>(report);
        expected.put("machine", Map.of("nproc", 2L));
        expected.put("errors", Map.of("503", 3L));
        expected.put("timeline", List.of(Map.of("t", 1L), Map.of("t", 2L)));
        assertThat(Json.parse(json)).isEqualTo(expected);
    }

    @Test
    void numbers_that_are_not_finite_are_written_as_null() {
        assertThat(Json.writeCompact(Map.of("x", Double.NaN))).isEqualTo("{\"x\":null}");
    }

    @Test
    void a_latency_summary_gives_percentiles_in_milliseconds() {
        Histogram h = Latency.newHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 1000L);
        }

        Map<String, Object> summary = Latency.summary(h);

        assertThat(summary).containsKeys("count", "mean", "p50", "p90", "p95", "p99", "p99_9", "max");
        assertThat(summary.get("count")).isEqualTo(1000L);
        assertThat((double) summary.get("p50")).isBetween(499.0, 501.0);
        assertThat((double) summary.get("p99")).isBetween(989.0, 991.0);
        assertThat((double) summary.get("max")).isBetween(999.0, 1001.0);
    }

    @Test
    void an_empty_latency_summary_has_only_its_count_and_renders_as_no_samples() {
        Map<String, Object> summary = Latency.summary(Latency.newHistogram());

        assertThat(summary).containsOnlyKeys("count");
        assertThat(Report.latency(summary)).isEqualTo("(no samples)");
    }

    @Test
    void the_text_report_reads_values_by_path_from_the_same_map() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("load", Map.of("acceptedPerSecond", 199.5, "mode", "fixed-rate"));

        assertThat(Report.get(report, "load.acceptedPerSecond")).isEqualTo(199.5);
        assertThat(Report.get(report, "load.nothing.here")).isNull();
        assertThat(Report.num(199.5)).isEqualTo("199.5");
        assertThat(Report.num(2000.0)).isEqualTo("2000");
    }

    @Test
    void a_comment_request_body_is_valid_json_with_the_contract_fields() {
        CommentMix.CommentSpec spec = new CommentMix.CommentSpec(0, CommentMix.Category.LEGITIMATE, 0, 3,
                "Sam \"K\"", "sam@example.org", false, "My counsellor teared up.\nIt helped.", true);

        Map<String, Object> body = Json.parseObject(CommentTraffic.body("article-1", "c-9", spec));

        assertThat(body).containsEntry("articleId", "article-1").containsEntry("parentId", "c-9")
                .containsEntry("author", Map.of("name", "Sam \"K\"", "email", "sam@example.org"))
                .containsEntry("body", "My counsellor teared up.\nIt helped.")
                .containsEntry("notifyOnReply", true);
        assertThat(Json.parseObject(CommentTraffic.body("article-1", null, spec))).doesNotContainKey("parentId");
    }

    @Test
    void the_comment_id_is_read_from_the_accepted_answer() {
        assertThat(CommentTraffic.idOf("{\"id\":\"6f0c12\",\"status\":\"PENDING\"}")).isEqualTo("6f0c12");
        assertThat(CommentTraffic.idOf("{\"status\":\"PENDING\"}")).isNull();
    }

    @Test
    void therapist_mails_are_matched_to_comments_by_the_link_in_their_body() {
        String viewer = """
                [ {
                  "number" : 2,
                  "receivedAt" : "2026-11-27T01:00:02.500Z",
                  "from" : "notifications@commentmod.local",
                  "to" : [ "therapist1.loadgen@clinic.example" ],
                  "subject" : "New comment",
                  "body" : "Read the comment: https://therapy-qa.example/articles/a#comment-abc123\\n",
                  "bodyIsHtml" : false
                }, {
                  "number" : 1,
                  "receivedAt" : "2026-11-27T01:00:01Z",
                  "from" : "notifications@commentmod.local",
                  "to" : [ "reader@example.org" ],
                  "subject" : "A reply",
                  "body" : "https://therapy-qa.example/articles/a#comment-zzz",
                  "bodyIsHtml" : false
                } ]
                """;

        Map<String, Instant> first = MailCheck.firstMailPerComment(viewer, Set.of("therapist1.loadgen@clinic.example"));

        assertThat(first).containsOnlyKeys("abc123");
        assertThat(first.get("abc123")).isEqualTo(Instant.parse("2026-11-27T01:00:02.500Z"));
    }

    @Test
    void a_verdict_is_the_first_transition_out_of_pending() {
        VerdictWatcher watcher = new VerdictWatcher("127.0.0.1:1");
        try {
            watcher.accept("c1", "{\"commentId\":\"c1\",\"from\":\"PENDING\",\"to\":\"REJECTED\"}", 10);
            watcher.accept("c1", "{\"commentId\":\"c1\",\"from\":\"REJECTED\",\"to\":\"PUBLISHED\"}", 20);
            watcher.accept("c2", "not json", 30);

            assertThat(watcher.verdicts()).containsOnlyKeys("c1");
            assertThat(watcher.verdicts().get("c1")).isEqualTo(new VerdictWatcher.Verdict(10, "REJECTED"));
            assertThat(watcher.rejected()).containsExactly("c1");
            assertThat(watcher.unreadable()).isEqualTo(1);
        } finally {
            try {
                watcher.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
