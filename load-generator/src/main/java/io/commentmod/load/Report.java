package io.commentmod.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable report: each section rendered from the same map that is written as JSON. */
final class Report {

    private Report() {
    }

    static String header(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        out.append("== commentmod load generator ==\n");
        out.append("command:   ").append(r.get("command")).append('\n');
        out.append("started:   ").append(r.get("startedAt")).append('\n');
        out.append(String.format(Locale.ROOT, "machine:   %s cores, %s, %s MB RAM, %s, %s%n",
                get(r, "machine.nproc"), get(r, "machine.cpuModel"), get(r, "machine.memTotalMB"),
                get(r, "machine.java"), get(r, "machine.os")));
        out.append("processes: ");
        Object procs = r.get("processes");
        if (procs instanceof Map<?, ?> map) {
            StringBuilder list = new StringBuilder();
            map.forEach((name, pid) -> list.append(list.isEmpty() ? "" : ", ").append(name).append(" (pid ")
                    .append(pid).append(')'));
            out.append(list);
        }
        return out.toString();
    }

    static String baselines(Map<String, Object> r) {
        StringBuilder out = new StringBuilder("\n-- Baselines (before the load)\n");
        out.append(String.format(Locale.ROOT, "no-op HTTP   %s, %s in flight, %s s: %s req/s%n",
                get(r, "baselines.noopHttp.request"), get(r, "baselines.noopHttp.concurrency"),
                num(get(r, "baselines.noopHttp.measuredSeconds")), num(get(r, "baselines.noopHttp.okPerSecond"))));
        out.append("             latency ").append(latency(get(r, "baselines.noopHttp.latencyFromSendMs")))
                .append('\n');
        Object failures = get(r, "baselines.noopHttp.failures");
        if (failures instanceof Map<?, ?> f && !f.isEmpty()) {
            out.append("             failures ").append(f).append('\n');
        }
        Object error = get(r, "baselines.kafkaProducer.error");
        if (error != null) {
            out.append("Kafka producer: failed: ").append(error).append('\n');
        } else {
            out.append(String.format(Locale.ROOT,
                    "Kafka producer  %s B records, acks=all, linger 5 ms, %s s: %s records/s (%s MB/s), %s failed%n",
                    get(r, "baselines.kafkaProducer.recordBytes"), num(get(r, "baselines.kafkaProducer.seconds")),
                    num(get(r, "baselines.kafkaProducer.recordsPerSecond")),
                    num(get(r, "baselines.kafkaProducer.megabytesPerSecond")),
                    get(r, "baselines.kafkaProducer.failed")));
        }
        if (get(r, "baselines.smtp.error") != null) {
            out.append("SMTP: failed: ").append(get(r, "baselines.smtp.error")).append('\n');
        } else if (get(r, "baselines.smtp") != null) {
            out.append(String.format(Locale.ROOT, "SMTP         %s messages of %s B over %s connections in %s s: %s messages/s%n",
                    get(r, "baselines.smtp.messages"), get(r, "baselines.smtp.messageBytes"),
                    get(r, "baselines.smtp.connections"), num(get(r, "baselines.smtp.seconds")),
                    num(get(r, "baselines.smtp.messagesPerSecond"))));
        }
        if (get(r, "baselines.mongo.error") != null) {
            out.append("MongoDB: failed: ").append(get(r, "baselines.mongo.error")).append('\n');
        } else if (get(r, "baselines.mongo") != null) {
            out.append(String.format(Locale.ROOT,
                    "MongoDB      insertMany of %s: %s documents/s; by id, %s threads: find %s/s (p99 %s ms), "
                            + "update %s/s (p99 %s ms); bulk updates: %s documents/s%n",
                    get(r, "baselines.mongo.bulkInsert.batchSize"),
                    num(get(r, "baselines.mongo.bulkInsert.documentsPerSecond")),
                    get(r, "baselines.mongo.findById.threads"),
                    num(get(r, "baselines.mongo.findById.operationsPerSecond")),
                    num(get(r, "baselines.mongo.findById.latencyMs.p99")),
                    num(get(r, "baselines.mongo.updateById.operationsPerSecond")),
                    num(get(r, "baselines.mongo.updateById.latencyMs.p99")),
                    num(get(r, "baselines.mongo.bulkUpdate.documentsPerSecond"))));
        }
        out.append("idle CPU %   ").append(get(r, "baselines.idleCpuPercent")).append('\n');
        out.append("CPU ms per operation by process, less its idle share (the server's own cost, whatever the "
                + "client spends):\n");
        cpu(out, r, "no-op GET", "baselines.noopHttp.cpuMsPerRequest");
        cpu(out, r, "Kafka record", "baselines.kafkaProducer.cpuMsPerRecord");
        cpu(out, r, "SMTP message", "baselines.smtp.cpuMsPerMessage");
        cpu(out, r, "MongoDB bulk-inserted document", "baselines.mongo.bulkInsert.cpuMsPerDocument");
        cpu(out, r, "MongoDB find by id", "baselines.mongo.findById.cpuMsPerOperation");
        cpu(out, r, "MongoDB update by id", "baselines.mongo.updateById.cpuMsPerOperation");
        cpu(out, r, "MongoDB bulk-updated document", "baselines.mongo.bulkUpdate.cpuMsPerDocument");
        return out.toString();
    }

    private static void cpu(StringBuilder out, Map<String, Object> r, String what, String path) {
        if (get(r, path) instanceof Map<?, ?> byProcess && !byProcess.isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %-31s %s%n", what, byProcess));
        }
    }

    static String load(Map<String, Object> r) {
        StringBuilder out = new StringBuilder("\n-- Load: POST /api/v1/comments\n");
        String mode = "max".equals(get(r, "load.mode"))
                ? "flat out, " + get(r, "load.inFlight") + " in flight"
                : "fixed rate " + num(get(r, "load.targetRate")) + "/s (open loop, cap " + get(r, "load.inFlight")
                + " in flight)";
        out.append(String.format(Locale.ROOT, "mode        %s, measured %s s after %s s warm-up%n", mode,
                num(get(r, "load.measuredSeconds")), num(get(r, "options.warmupSeconds"))));
        out.append(String.format(Locale.ROOT, "sent        %s measured (%s in all), not sent for the in-flight cap: %s%n",
                get(r, "load.sentMeasured"), get(r, "load.sentTotal"), get(r, "load.notSentInFlightCap")));
        out.append(String.format(Locale.ROOT, "accepted    %s x 202 = %s comments/s%n", get(r, "load.acceptedMeasured"),
                num(get(r, "load.acceptedPerSecond"))));
        Object failures = get(r, "load.failures");
        out.append("errors      ").append(failures instanceof Map<?, ?> f && !f.isEmpty() ? f.toString() : "none")
                .append('\n');
        Object samples = get(r, "load.failureSamples");
        if (samples instanceof Map<?, ?> s && !s.isEmpty()) {
            s.forEach((k, v) -> out.append("            e.g. ").append(k).append(": ").append(v).append('\n'));
        }
        out.append("latency     from intended send ").append(latency(get(r, "load.latencyFromIntendedMs")))
                .append('\n');
        out.append("            from actual send   ").append(latency(get(r, "load.latencyFromSendMs"))).append('\n');
        out.append("            generator send lag ").append(latency(get(r, "load.sendLagMs"))).append('\n');
        out.append("mix sent    ").append(get(r, "load.sentByCategory")).append('\n');
        Object lag = get(r, "load.sendLagMs.p99");
        Object notSent = get(r, "load.notSentInFlightCap");
        if ((lag instanceof Number l && l.doubleValue() > 10) || (notSent instanceof Number n && n.longValue() > 0)) {
            out.append("WARNING     requests left later than scheduled (send lag p99 ").append(num(lag))
                    .append(" ms, ").append(notSent).append(" never sent): either the in-flight cap was reached "
                            + "(the server is slower than the rate) or this generator had no CPU (see its CPU% "
                            + "below); latency from the intended send time counts that wait\n");
        }
        return out.toString();
    }

    static String endToEnd(Map<String, Object> r) {
        StringBuilder out = new StringBuilder("\n-- End to end: POST sent -> verdict applied (comment-status-changed)\n");
        out.append(String.format(Locale.ROOT, "verdicts    %s of %s measured accepted comments (%s missing): %s%n",
                get(r, "endToEnd.withVerdict"), get(r, "endToEnd.acceptedMeasured"),
                get(r, "endToEnd.missingVerdict"), get(r, "endToEnd.verdictsByStatus")));
        out.append("latency     ").append(latency(get(r, "endToEnd.latencyMs"))).append('\n');
        out.append("by category ").append(get(r, "endToEnd.verdictsByCategoryAll"))
                .append(" (warm-up included)\n");
        out.append(String.format(Locale.ROOT, "keeps up?   last verdict %s s after the last POST answer; consumer lag "
                        + "back to 0 after %s s; lag at the end %s%n",
                num(get(r, "endToEnd.lastVerdictAfterLoadEndSeconds")),
                get(r, "endToEnd.consumerLagZeroAfterLoadEndSeconds"), get(r, "endToEnd.consumerLagAtEnd")));
        if (r.containsKey("email")) {
            out.append("\n-- POST sent -> therapist email accepted by the SMTP server (mail viewer receivedAt)\n");
            out.append(String.format(Locale.ROOT, "emails      %s of %s published measured comments%n",
                    get(r, "email.matched"), get(r, "email.expected")));
            out.append("latency     ").append(latency(get(r, "email.latencyMs"))).append('\n');
            out.append(String.format(Locale.ROOT, "last email  %s s after the last POST answer (one mail-viewer read "
                    + "took %s ms)%n", num(get(r, "email.lastEmailAfterLoadEndSeconds")),
                    num(get(r, "email.mailViewerFetchMs"))));
            if (get(r, "email.error") != null) {
                out.append("error       ").append(get(r, "email.error")).append('\n');
            }
        }
        return out.toString();
    }

    static String resources(Map<String, Object> r) {
        StringBuilder out = new StringBuilder("\n-- Resources, ").append(get(r, "resources.window")).append('\n');
        out.append(String.format(Locale.ROOT, "%-22s %8s %9s %12s %10s %14s %14s%n", "process", "pid", "CPU% avg",
                "RSS peak MB", "VmHWM MB", "heap/GC MB", "prom heap MB"));
        Object list = get(r, "resources.processes");
        if (list instanceof List<?> procs) {
            for (Object o : procs) {
                Map<?, ?> p = (Map<?, ?>) o;
                out.append(String.format(Locale.ROOT, "%-22s %8s %9s %12s %10s %14s %14s%n", p.get("name"),
                        p.get("pid"), num(p.get("cpuPercentAvg")), num(p.get("rssPeakSampledMB")),
                        num(p.get("vmHwmMB")), num(p.get("heapAfterGcMB")), num(p.get("heapUsedPrometheusMB"))));
            }
        }
        out.append(String.format(Locale.ROOT, "machine     %s%% of all cores busy (/proc/stat); CPU%% 100 = one core%n",
                num(get(r, "resources.machineCpuPercentOfAllCores"))));
        out.append("heap        ").append(get(r, "resources.heapAfterGcSource")).append('\n');
        if (r.get("acceptedPerNoopRatio") != null) {
            out.append(String.format(Locale.ROOT, "%nratio       accepted comments/s / no-op req/s = %s / %s = %s%n",
                    num(get(r, "load.acceptedPerSecond")), num(get(r, "baselines.noopHttp.okPerSecond")),
                    num(r.get("acceptedPerNoopRatio"))));
        }
        return out.toString();
    }

    static String timeline(Map<String, Object> r) {
        Object rows = r.get("timeline");
        if (!(rows instanceof List<?> list) || list.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n-- Per second (t from the first request; warm-up, load, drain)\n");
        Map<?, ?> first = (Map<?, ?>) list.get(0);
        Map<?, ?> cpu0 = (Map<?, ?>) first.get("cpuPercent");
        Map<?, ?> lag0 = (Map<?, ?>) first.get("consumerLag");
        out.append(String.format(Locale.ROOT, "%6s %9s %9s %6s", "t s", "202/s", "verdict/s", "cpu%"));
        for (Object name : cpu0.keySet()) {
            out.append(String.format(Locale.ROOT, " %8s", abbreviate(name.toString())));
        }
        for (Object name : lag0.keySet()) {
            out.append(String.format(Locale.ROOT, " %9s", "lag " + abbreviate(name.toString())));
        }
        out.append('\n');
        int step = Math.max(1, list.size() / 90);
        for (int i = 0; i < list.size(); i += step) {
            Map<?, ?> row = (Map<?, ?>) list.get(i);
            out.append(String.format(Locale.ROOT, "%6s %9s %9s %6s", num(row.get("t")),
                    num(row.get("acceptedPerSecond")), num(row.get("verdictsPerSecond")),
                    num(row.get("machineCpuPercent"))));
            Map<?, ?> cpu = (Map<?, ?>) row.get("cpuPercent");
            for (Object name : cpu0.keySet()) {
                out.append(String.format(Locale.ROOT, " %8s", num(cpu.get(name))));
            }
            Map<?, ?> lag = (Map<?, ?>) row.get("consumerLag");
            for (Object name : lag0.keySet()) {
                out.append(String.format(Locale.ROOT, " %9s", num(lag.get(name))));
            }
            out.append('\n');
        }
        out.append("(cpu% = machine, all cores; per process 100 = one core; abbreviations: com = comment-service, "
                + "mod = moderation-service, not = notification-service, stack = local-stack, gen = this generator)\n");
        return out.toString();
    }

    private static String abbreviate(String name) {
        return switch (name) {
            case "comment-service" -> "com";
            case "moderation-service" -> "mod";
            case "notification-service" -> "not";
            case "local-stack" -> "stack";
            case "load-generator" -> "gen";
            default -> name.length() > 8 ? name.substring(0, 8) : name;
        };
    }

    static String latency(Object summary) {
        if (!(summary instanceof Map<?, ?> m) || m.get("p50") == null) {
            return "(no samples)";
        }
        return String.format(Locale.ROOT, "ms: p50 %s  p90 %s  p95 %s  p99 %s  p99.9 %s  max %s  (n=%s)",
                num(m.get("p50")), num(m.get("p90")), num(m.get("p95")), num(m.get("p99")), num(m.get("p99_9")),
                num(m.get("max")), m.get("count"));
    }

    static String num(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e12) {
                return String.valueOf(d.longValue());
            }
            double a = Math.abs(d);
            return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", d);
        }
        return String.valueOf(value);
    }

    static String seconds(Duration d) {
        return num(d.toMillis() / 1000.0) + " s";
    }

    /** A value by dotted path through nested maps, or null. */
    static Object get(Map<String, Object> map, String path) {
        Object current = map;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
