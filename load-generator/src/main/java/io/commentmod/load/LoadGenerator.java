package io.commentmod.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

import io.commentmod.load.CommentTraffic.Posted;
import io.commentmod.load.Resources.Proc;
import io.commentmod.load.Resources.Snapshot;
import io.commentmod.load.VerdictWatcher.Verdict;

/**
 * Drives the running local system with realistic comments and prints what it measured: see {@link LoadOptions#USAGE}
 * and {@code docs/benchmarks.md}.
 */
public final class LoadGenerator {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "comment-service", 8081, "moderation-service", 8082, "notification-service", 8083);

    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** Long enough to average over the consumers' poll intervals (500 ms) and the services' timers. */
    private static final Duration IDLE = Duration.ofSeconds(5);

    private final LoadOptions options;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final long baseNanos = System.nanoTime();
    private final long baseEpochMicros = epochMicros(Instant.now());

    private LoadGenerator(LoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (LoadOptions.wantsHelp(args)) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load-generator: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        try {
            new LoadGenerator(options).run(args);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("load-generator: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private void run(String[] args) throws Exception {
        report.put("command", commandLine(args));
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Resources.machine());
        report.put("options", options.toMap());
        List<Proc> procs = Resources.find(URI.create(options.mailUrl()).getPort());
        Map<String, Object> found = new LinkedHashMap<>();
        procs.forEach(p -> found.put(p.name(), p.pid()));
        report.put("processes", found);
        System.out.println(Report.header(report));

        try (HttpLoad http = new HttpLoad(); KafkaProbe kafka = new KafkaProbe(options.kafka())) {
            checkReachable(http.client());
            if (options.baselines()) {
                report.put("baselines", baselines(http, kafka, procs));
                System.out.println(Report.baselines(report));
            }
            List<String> articles = registerArticles(http.client());
            Set<String> therapists = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                therapists.add(therapistEmail(i));
            }
            try (VerdictWatcher watcher = new VerdictWatcher(options.kafka())) {
                watcher.start();
                load(http, kafka, watcher, articles, therapists, procs);
            }
        }
        Path out = Path.of(options.out());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, Json.write(report) + "\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("JSON report: " + out.toAbsolutePath());
    }

    // ---------------------------------------------------------------- before the load

    private void checkReachable(HttpClient client) throws InterruptedException {
        String url = options.commentUrl() + "/actuator/health/liveness";
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("comment-service does not answer at " + url + " (" + e
                    + "). Start the system first: java -jar local-stack/target/local-stack.jar, and wait for READY.");
        }
    }

    private Map<String, Object> baselines(HttpLoad http, KafkaProbe kafka, List<Proc> procs) throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "baseline: the stack idle, %s ...%n", Report.seconds(IDLE));
        Snapshot idleFrom = Resources.snapshot(procs);
        Thread.sleep(IDLE.toMillis());
        Snapshot idleTo = Resources.snapshot(procs);
        Map<String, Object> idle = new LinkedHashMap<>();
        for (Proc p : procs) {
            idle.put(p.name(), HttpLoad.round(Resources.cpuPercent(idleFrom, idleTo, p.pid()), 1));
        }
        map.put("idleCpuPercent", idle);
        Resources.CpuMeter cpu = new Resources.CpuMeter(procs, Resources.cpuShares(idleFrom, idleTo));
        System.out.printf(Locale.ROOT, "baseline: raw Kafka producer, 1 KB records, acks=all, linger 5 ms, %s ...%n",
                Report.seconds(options.baselineDuration()));
        Map<String, Object> producer = orError(() -> {
            Snapshot before = cpu.now();
            Map<String, Object> result = new LinkedHashMap<>(kafka.producerBaseline(options.baselineDuration()));
            result.put("cpuMsPerRecord", cpu.perOperation(before, ((Number) result.get("acked")).longValue()));
            return result;
        });
        // The no-op of the same HTTP stack: connector, filters, API key check and dispatcher, no work behind them.
        // (The liveness probe used before answered about half as many: the actuator's operation invoker reads the
        // method's parameter annotations on every call, which flattered the ratio.)
        URI ping = URI.create(options.commentUrl() + "/api/v1/ping");
        HttpRequest get = HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", options.apiKey()).GET().build();
        Duration warm = Duration.ofSeconds(2);
        System.out.printf(Locale.ROOT, "baseline: flat-out GET %s, %d in flight, %s warm-up + %s ...%n", ping,
                options.concurrency(), Report.seconds(warm), Report.seconds(options.baselineDuration()));
        http.run(new HttpLoad.Plan(0, options.concurrency(), Duration.ZERO, warm, 204),
                index -> new HttpLoad.Shot(get, null), null, null);
        Snapshot before = cpu.now();
        HttpLoad.Result noop = http.run(new HttpLoad.Plan(0, options.concurrency(), Duration.ZERO,
                options.baselineDuration(), 204), index -> new HttpLoad.Shot(get, null), null, null);
        Map<String, Object> noopMap = new LinkedHashMap<>();
        noopMap.put("request", "GET " + ping);
        noopMap.put("concurrency", options.concurrency());
        noopMap.put("warmupSeconds", warm.toSeconds());
        noopMap.putAll(noop.toMap());
        noopMap.put("cpuMsPerRequest", cpu.perOperation(before, noop.ok));
        map.put("noopHttp", noopMap);
        map.put("kafkaProducer", producer);
        System.out.printf(Locale.ROOT, "baseline: raw SMTP to %s, 2 connections, %s or %d messages ...%n",
                options.smtp(), Report.seconds(options.baselineDuration()), ServerBaselines.MAX_MESSAGES);
        map.put("smtp", orError(() -> ServerBaselines.smtp(options.smtp(), options.baselineDuration(), 2, cpu)));
        System.out.printf(Locale.ROOT, "baseline: raw MongoDB at %s, bulk inserts, finds and updates by id, %s ...%n",
                options.mongo(), Report.seconds(options.baselineDuration()));
        map.put("mongo", orError(() -> ServerBaselines.mongo(options.mongo(), options.baselineDuration(), cpu)));
        // let the broker and the service settle before the load
        Thread.sleep(SETTLE.toMillis());
        map.put("settleSecondsBeforeLoad", SETTLE.toSeconds());
        return map;
    }

    private static Map<String, Object> orError(Callable<Map<String, Object>> baseline) {
        try {
            return baseline.call();
        } catch (Exception e) {
            return Map.of("error", e.toString());
        }
    }

    static String therapistEmail(int article) {
        return "therapist" + (article + 1) + ".loadgen@clinic.example";
    }

    private List<String> registerArticles(HttpClient client) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.articles(); i++) {
            String id = "loadgen-article-" + (i + 1);
            String title = ARTICLE_TITLES[i % ARTICLE_TITLES.length];
            String therapist = THERAPIST_NAMES[i % THERAPIST_NAMES.length];
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", title);
            body.put("url", "https://therapy-qa.example/articles/" + id);
            body.put("therapist", Map.of("name", therapist, "email", therapistEmail(i)));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(options.commentUrl() + "/api/v1/articles/" + id))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", options.apiKey())
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.writeCompact(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException("PUT article " + id + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            ids.add(id);
        }
        return ids;
    }

    // ---------------------------------------------------------------- the load

    private void load(HttpLoad http, KafkaProbe kafka, VerdictWatcher watcher, List<String> articles,
                      Set<String> therapists, List<Proc> procs) throws Exception {
        CommentMix mix = new CommentMix(options.seed(), articles.size(), options.spamShare(),
                options.promotionShare(), options.replyShare());
        CommentTraffic traffic = new CommentTraffic(mix, articles, options.commentUrl(), options.apiKey(),
                watcher.rejected());
        AtomicLong accepted = new AtomicLong();
        List<Map<String, Object>> timeline = new ArrayList<>();
        Map<Long, Long> peakRssKb = new LinkedHashMap<>();
        AtomicReference<Snapshot> measureStart = new AtomicReference<>();
        AtomicReference<Snapshot> measureEnd = new AtomicReference<>();
        AtomicReference<Snapshot> loadStart = new AtomicReference<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sampler");
            t.setDaemon(true);
            return t;
        });
        System.out.printf(Locale.ROOT, "load: %s, %s warm-up + %s measured, seed %d ...%n",
                options.maxRate() ? "flat out with " + options.concurrency() + " in flight"
                        : "fixed rate " + Report.num(options.rate()) + "/s (max " + options.maxInFlight() + " in flight)",
                Report.seconds(options.warmup()), Report.seconds(options.duration()), options.seed());

        HttpLoad.Started started = (start, measure, end) -> {
            loadStart.set(Resources.snapshot(procs));
            AtomicReference<Snapshot> previous = new AtomicReference<>(loadStart.get());
            AtomicLong previousAccepted = new AtomicLong();
            AtomicLong previousVerdicts = new AtomicLong();
            long first = start + 1_000_000_000L;
            ticker.scheduleAtFixedRate(() -> {
                Snapshot now = Resources.snapshot(procs);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("t", HttpLoad.round((now.nanos() - start) / 1e9, 1));
                long acc = accepted.get();
                long ver = watcher.verdicts().size();
                double dt = (now.nanos() - previous.get().nanos()) / 1e9;
                row.put("acceptedPerSecond", HttpLoad.round((acc - previousAccepted.getAndSet(acc)) / dt, 1));
                row.put("verdictsPerSecond", HttpLoad.round((ver - previousVerdicts.getAndSet(ver)) / dt, 1));
                row.put("machineCpuPercent", HttpLoad.round(Resources.machinePercent(previous.get(), now), 1));
                Map<String, Object> cpu = new LinkedHashMap<>();
                for (Proc p : procs) {
                    cpu.put(p.name(), HttpLoad.round(Resources.cpuPercent(previous.get(), now, p.pid()), 1));
                    long rss = Resources.statusKb(p.pid(), "VmRSS");
                    synchronized (peakRssKb) {
                        peakRssKb.merge(p.pid(), rss, Math::max);
                    }
                }
                row.put("cpuPercent", cpu);
                row.put("consumerLag", kafka.lags());
                previous.set(now);
                synchronized (timeline) {
                    timeline.add(row);
                }
            }, first - System.nanoTime(), 1_000_000_000L, TimeUnit.NANOSECONDS);
            ticker.schedule(() -> measureStart.set(Resources.snapshot(procs)), measure - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
            ticker.schedule(() -> measureEnd.set(Resources.snapshot(procs)), end - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        };
        HttpLoad.Plan plan = new HttpLoad.Plan(options.rate(),
                options.maxRate() ? options.concurrency() : options.maxInFlight(), options.warmup(),
                options.duration(), 202);
        HttpLoad.Result result = http.run(plan, traffic, accepted, started);
        long loadEnd = Math.max(result.endNanos, result.lastResponseNanos);
        Map<String, Object> loadMap = new LinkedHashMap<>();
        loadMap.put("mode", options.maxRate() ? "max" : "fixed-rate");
        loadMap.put("targetRate", options.maxRate() ? null : options.rate());
        loadMap.put("inFlight", plan.inFlight());
        loadMap.putAll(result.toMap());
        loadMap.put("acceptedPerSecond", loadMap.remove("okPerSecond"));
        loadMap.put("acceptedMeasured", loadMap.remove("okMeasured"));
        Map<String, Object> mixMap = new LinkedHashMap<>();
        traffic.sentByCategory.forEach((c, n) -> mixMap.put(c.name().toLowerCase(Locale.ROOT), n.get()));
        mixMap.put("replies", traffic.repliesSent.get());
        mixMap.put("repliesSentTopLevelNoParentYet", traffic.repliesWithoutParent.get());
        loadMap.put("sentByCategory", mixMap);
        report.put("load", loadMap);
        System.out.println(Report.load(report));

        System.out.printf(Locale.ROOT, "drain: waiting up to %s for every verdict and the services' consumer lag ...%n",
                Report.seconds(options.drainTimeout()));
        Map<String, Object> e2e = drain(kafka, watcher, traffic, loadEnd);
        report.put("endToEnd", e2e);
        if (options.emails()) {
            report.put("email", emails(http.client(), watcher, traffic, therapists, loadEnd));
        }
        ticker.shutdownNow();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(Report.endToEnd(report));

        report.put("resources", resources(procs, loadStart.get(), measureStart.get(), measureEnd.get(), peakRssKb));
        Object noop = Report.get(report, "baselines.noopHttp.okPerSecond");
        if (noop instanceof Number n && n.doubleValue() > 0) {
            report.put("acceptedPerNoopRatio", HttpLoad.round(result.okPerSecond() / n.doubleValue(), 4));
        }
        synchronized (timeline) {
            report.put("timeline", new ArrayList<>(timeline));
        }
        System.out.println(Report.resources(report));
        System.out.println(Report.timeline(report));
    }

    private Map<String, Object> drain(KafkaProbe kafka, VerdictWatcher watcher, CommentTraffic traffic, long loadEnd)
            throws InterruptedException {
        Map<String, Posted> posted = traffic.posted();
        Map<String, Verdict> verdicts = watcher.verdicts();
        long deadline = loadEnd + options.drainTimeout().toNanos();
        Map<String, Double> lagZeroAfter = new LinkedHashMap<>();
        Map<String, Long> lastLags = Map.of();
        boolean allVerdicts = false;
        while (System.nanoTime() < deadline) {
            allVerdicts = verdicts.keySet().containsAll(posted.keySet());
            lastLags = kafka.lags();
            long now = System.nanoTime();
            for (Map.Entry<String, Long> lag : lastLags.entrySet()) {
                if (lag.getValue() == 0) {
                    lagZeroAfter.putIfAbsent(lag.getKey(), HttpLoad.round(Math.max(0, now - loadEnd) / 1e9, 2));
                } else {
                    lagZeroAfter.remove(lag.getKey());
                }
            }
            if (allVerdicts && lagZeroAfter.size() == KafkaProbe.GROUPS.size()) {
                break;
            }
            Thread.sleep(250);
        }
        Histogram latency = Latency.newHistogram();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
        long measured = 0;
        long withVerdict = 0;
        long lastVerdict = 0;
        long allWithVerdict = 0;
        for (Map.Entry<String, Posted> e : posted.entrySet()) {
            Verdict v = verdicts.get(e.getKey());
            Posted p = e.getValue();
            if (v != null) {
                allWithVerdict++;
                lastVerdict = Math.max(lastVerdict, v.receivedNanos());
                byCategory.computeIfAbsent(p.category().name().toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .merge(v.status(), 1L, Long::sum);
            }
            if (!p.measured()) {
                continue;
            }
            measured++;
            if (v != null) {
                withVerdict++;
                latency.recordValue(Latency.micros(v.receivedNanos() - p.sentNanos()));
                byStatus.merge(v.status(), 1L, Long::sum);
            }
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", "own consumer on " + VerdictWatcher.TOPIC + ", all partitions from their end; time = when "
                + "this process received the first transition out of PENDING");
        map.put("acceptedMeasured", measured);
        map.put("withVerdict", withVerdict);
        map.put("missingVerdict", measured - withVerdict);
        map.put("verdictsByStatus", byStatus);
        map.put("latencyMs", Latency.summary(latency));
        map.put("acceptedAll", posted.size());
        map.put("withVerdictAll", allWithVerdict);
        map.put("verdictsByCategoryAll", byCategory);
        map.put("allVerdictsIn", allVerdicts);
        map.put("lastVerdictAfterLoadEndSeconds", lastVerdict == 0 ? null
                : HttpLoad.round(Math.max(0, lastVerdict - loadEnd) / 1e9, 2));
        map.put("consumerLagZeroAfterLoadEndSeconds", lagZeroAfter);
        map.put("consumerLagAtEnd", lastLags);
        map.put("statusEventsRead", watcher.records());
        map.put("statusEventsUnreadable", watcher.unreadable());
        return map;
    }

    private Map<String, Object> emails(HttpClient client, VerdictWatcher watcher, CommentTraffic traffic,
                                       Set<String> therapists, long loadEnd) throws InterruptedException {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Posted> posted = traffic.posted();
        Set<String> expected = new HashSet<>();
        for (Map.Entry<String, Posted> e : posted.entrySet()) {
            Verdict v = watcher.verdicts().get(e.getKey());
            if (e.getValue().measured() && v != null && "PUBLISHED".equals(v.status())) {
                expected.add(e.getKey());
            }
        }
        System.out.printf(Locale.ROOT, "email: waiting for %d therapist emails in %s/api/messages ...%n",
                expected.size(), options.mailUrl());
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        Map<String, Instant> mails = Map.of();
        int matched = -1;
        long lastGrowth = System.nanoTime();
        String error = null;
        long fetchNanos = 0;
        while (true) {
            try {
                long t0 = System.nanoTime();
                String json = MailCheck.fetch(client, options.mailUrl());
                fetchNanos = System.nanoTime() - t0;
                mails = MailCheck.firstMailPerComment(json, therapists);
                error = null;
            } catch (IOException | RuntimeException e) {
                error = e.toString();
            }
            int now = 0;
            for (String id : expected) {
                if (mails.containsKey(id)) {
                    now++;
                }
            }
            if (now > matched) {
                matched = now;
                lastGrowth = System.nanoTime();
            }
            if (matched >= expected.size() || System.nanoTime() > deadline
                    || System.nanoTime() - lastGrowth > 15_000_000_000L) {
                break;
            }
            Thread.sleep(Math.max(2000, fetchNanos / 1_000_000 * 4));
        }
        Histogram latency = Latency.newHistogram();
        long lastMail = 0;
        for (String id : expected) {
            Instant at = mails.get(id);
            if (at != null) {
                long sentMicros = epochMicrosAt(posted.get(id).sentNanos());
                latency.recordValue(Math.max(0, Math.min(Latency.HIGHEST_MICROS, epochMicros(at) - sentMicros)));
                lastMail = Math.max(lastMail, epochMicros(at));
            }
        }
        map.put("source", "mail viewer " + options.mailUrl() + "/api/messages, receivedAt of the first mail to the "
                + "article's therapist linking #comment-<id>; measured comments published");
        map.put("expected", expected.size());
        map.put("matched", latency.getTotalCount());
        map.put("latencyMs", Latency.summary(latency));
        map.put("lastEmailAfterLoadEndSeconds", lastMail == 0 ? null
                : HttpLoad.round((lastMail - epochMicrosAt(loadEnd)) / 1e6, 2));
        map.put("mailViewerFetchMs", HttpLoad.round(fetchNanos / 1e6, 1));
        if (error != null) {
            map.put("error", error);
        }
        return map;
    }

    // ---------------------------------------------------------------- resources

    private Map<String, Object> resources(List<Proc> procs, Snapshot loadStart, Snapshot measureStart,
                                          Snapshot measureEnd, Map<Long, Long> peakRssKb) {
        Map<String, Object> map = new LinkedHashMap<>();
        Snapshot from = measureStart != null ? measureStart : loadStart;
        Snapshot to = measureEnd != null ? measureEnd : Resources.snapshot(procs);
        map.put("window", "measured load (" + HttpLoad.round((to.nanos() - from.nanos()) / 1e9, 1) + " s)");
        map.put("machineCpuPercentOfAllCores", HttpLoad.round(Resources.machinePercent(from, to), 1));
        map.put("heapAfterGcSource", options.heapAfterGc()
                ? "jcmd <pid> GC.run, then GC.heap_info: used of the heap generations (Metaspace excluded); "
                + "prometheus = jvm_memory_used_bytes{area=\"heap\"} summed, read right after"
                : "not measured (--heap-after-gc=false)");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Proc p : procs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("pid", p.pid());
            m.put("cpuPercentAvg", HttpLoad.round(Resources.cpuPercent(from, to, p.pid()), 1));
            Long peak;
            synchronized (peakRssKb) {
                peak = peakRssKb.get(p.pid());
            }
            m.put("rssPeakSampledMB", peak == null || peak < 0 ? null : HttpLoad.round(peak / 1024.0, 1));
            long hwm = Resources.statusKb(p.pid(), "VmHWM");
            m.put("vmHwmMB", hwm < 0 ? null : HttpLoad.round(hwm / 1024.0, 1));
            if (options.heapAfterGc() && !p.name().equals("load-generator")) {
                Optional<Long> heap = Resources.heapAfterGcKb(p.pid());
                m.put("heapAfterGcMB", heap.map(kb -> HttpLoad.round(kb / 1024.0, 1)).orElse(null));
                Integer port = SERVICE_PORTS.get(p.name());
                if (port != null) {
                    m.put("heapUsedPrometheusMB", prometheusHeapMb(port));
                }
            }
            list.add(m);
        }
        map.put("processes", list);
        return map;
    }

    private static Double prometheusHeapMb(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return sumHeapBytes(response.body()) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sums {@code jvm_memory_used_bytes{area="heap",...}} over the pools of a Prometheus text page. */
    static double sumHeapBytes(String page) {
        double sum = 0;
        for (String line : page.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return HttpLoad.round(sum, 0);
    }

    // ---------------------------------------------------------------- helpers

    private long epochMicrosAt(long nanos) {
        return baseEpochMicros + (nanos - baseNanos) / 1000;
    }

    private static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }

    private static String commandLine(String[] args) {
        String jar = "load-generator.jar";
        try {
            Path path = Path.of(LoadGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path cwd = Path.of("").toAbsolutePath();
            jar = path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
        } catch (Exception e) {
            // keep the plain name
        }
        StringBuilder line = new StringBuilder("java -jar ").append(jar);
        for (String arg : args) {
            line.append(' ').append(arg);
        }
        return line.toString();
    }

    static final String[] ARTICLE_TITLES = {
            "My therapist cries during our sessions; is this normal?",
            "Is it okay to be friends with my therapist after therapy ends?",
            "Why do I feel worse after therapy sessions?",
            "My therapist forgot what I told her last week",
            "How do I tell my therapist I want to stop?",
            "Is it normal to have a crush on your therapist?",
            "My therapist checks her phone during sessions",
            "Should I tell my therapist about my drinking?",
            "I lie to my therapist and I don't know why",
            "My therapist shares a lot about her own life"};
    static final String[] THERAPIST_NAMES = {"Dr. Ana Ruiz", "Dr. Ben Osei", "Clara Holm, LMFT", "Dr. David Park",
            "Esther Novak, LCSW", "Dr. Farah Aziz", "Gregor Lind, PsyD", "Dr. Helen Mbeki", "Ivo Marques, LPC",
            "Dr. June Tan"};
}
