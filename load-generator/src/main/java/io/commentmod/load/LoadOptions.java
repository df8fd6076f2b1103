package io.commentmod.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The command's options, all {@code --name=value}. {@code rate} is comments per second, or 0 for {@code --rate=max}.
 */
record LoadOptions(
        double rate,
        int concurrency,
        int maxInFlight,
        Duration duration,
        Duration warmup,
        long seed,
        int articles,
        double spamShare,
        double promotionShare,
        double replyShare,
        boolean baselines,
        Duration baselineDuration,
        Duration drainTimeout,
        boolean emails,
        boolean heapAfterGc,
        String commentUrl,
        String apiKey,
        String kafka,
        String mailUrl,
        String smtp,
        String mongo,
        String out) {

    static final String USAGE = """
            load-generator: posts realistic comments to the RUNNING local system and prints what it measured.

              java -jar load-generator/target/load-generator.jar [--name=value ...]

            Load
              --rate=N|max          comments/s on a fixed schedule (open loop; latency counted from the
                                    intended send time), or max: flat out with --concurrency in flight  [200]
              --concurrency=N       in-flight requests for --rate=max and for the no-op baseline         [64]
              --max-in-flight=N     cap on in-flight requests for --rate=N (late sends still count from
                                    their intended time)                                                [1000]
              --duration=60s        measured load time (after the warm-up)                                [60s]
              --warmup=10s          load before measuring (same rate, not counted)                        [10s]
              --seed=N              random seed of the comment mix; the same seed posts the same texts
                                    (the duplicate rule holds a text it saw in the last 7 days, so repeat a
                                    seed only on a fresh data folder)                       [time of the run]
              --articles=N          articles registered, each with its own therapist                      [8]
              --spam=0.12           share of spam (links, pills, "check out my channel")
              --promotion=0.08      share of self-promotion and solicitation (surveys, coaching)
              --replies=0.25        share of comments that reply to an earlier accepted comment
            Measurements
              --baselines=true      before the load, each for --baseline-duration: no-op GETs
                                    (/api/v1/ping, the same HTTP stack) with --concurrency, a raw Kafka
                                    producer (1 KB, acks=all), raw SMTP messages (one connection per
                                    thread, to a .invalid address) and raw MongoDB operations (bulk
                                    inserts, finds and updates by id, bulk updates; in a scratch
                                    database dropped after), each with its CPU per operation by process
              --baseline-duration=10s
              --drain-timeout=120s  how long to wait after the load for every verdict and email
              --emails=true         match captured mail (mail viewer) to the comments: POST-to-email latency
              --heap-after-gc=true  at the end run jcmd GC.run + GC.heap_info on each process
            Where
              --comment-url=http://127.0.0.1:8081   --api-key=local-site-key
              --kafka=127.0.0.1:9092                --mail-url=http://127.0.0.1:8025
              --smtp=127.0.0.1:3025                 --mongo=mongodb://127.0.0.1:27017
              --out=target/load-report.json         the report as one JSON object
              --help
            """;

    static LoadOptions defaults() {
        return parse(new String[0]);
    }

    /** @throws IllegalArgumentException naming the option that is wrong */
    static LoadOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + arg + " (options are --name=value)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            if (!KNOWN.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
            }
            values.put(name, value);
        }
        Map<String, String> all = new LinkedHashMap<>(KNOWN);
        all.putAll(values);
        String rateText = all.get("rate").trim().toLowerCase(Locale.ROOT);
        double rate = rateText.equals("max") ? 0 : positive("rate", Double.parseDouble(rateText));
        String seedText = all.get("seed");
        long seed = seedText.isEmpty() ? System.currentTimeMillis() : Long.parseLong(seedText.trim());
        LoadOptions options = new LoadOptions(
                rate,
                (int) positive("concurrency", Integer.parseInt(all.get("concurrency"))),
                (int) positive("max-in-flight", Integer.parseInt(all.get("max-in-flight"))),
                duration("duration", all.get("duration")),
                duration("warmup", all.get("warmup")),
                seed,
                (int) positive("articles", Integer.parseInt(all.get("articles"))),
                share("spam", all.get("spam")),
                share("promotion", all.get("promotion")),
                share("replies", all.get("replies")),
                bool("baselines", all.get("baselines")),
                duration("baseline-duration", all.get("baseline-duration")),
                duration("drain-timeout", all.get("drain-timeout")),
                bool("emails", all.get("emails")),
                bool("heap-after-gc", all.get("heap-after-gc")),
                stripSlash(all.get("comment-url")),
                all.get("api-key"),
                all.get("kafka"),
                stripSlash(all.get("mail-url")),
                all.get("smtp"),
                all.get("mongo"),
                all.get("out"));
        if (options.spamShare + options.promotionShare > 1) {
            throw new IllegalArgumentException("--spam plus --promotion must be at most 1");
        }
        if (options.duration.isZero()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        return options;
    }

    static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.startsWith("--help=")) {
                return true;
            }
        }
        return false;
    }

    boolean maxRate() {
        return rate == 0;
    }

    /** Accepts 60s, 2m, 500ms, 1h or a bare number of seconds. */
    static Duration duration(String name, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            } else if (t.endsWith("m")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            } else if (t.endsWith("h")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 3600));
            } else {
                d = Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            if (d.isNegative()) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + text + " is not a duration (e.g. 60s, 2m, 500ms)");
        }
    }

    /** The options as they were used, for the report. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rate", maxRate() ? "max" : (Object) rate);
        map.put("concurrency", concurrency);
        map.put("maxInFlight", maxInFlight);
        map.put("durationSeconds", duration.toMillis() / 1000.0);
        map.put("warmupSeconds", warmup.toMillis() / 1000.0);
        map.put("seed", seed);
        map.put("articles", articles);
        map.put("spamShare", spamShare);
        map.put("promotionShare", promotionShare);
        map.put("replyShare", replyShare);
        map.put("baselines", baselines);
        map.put("baselineDurationSeconds", baselineDuration.toMillis() / 1000.0);
        map.put("drainTimeoutSeconds", drainTimeout.toMillis() / 1000.0);
        map.put("emails", emails);
        map.put("heapAfterGc", heapAfterGc);
        map.put("commentUrl", commentUrl);
        map.put("kafka", kafka);
        map.put("mailUrl", mailUrl);
        map.put("smtp", smtp);
        map.put("mongo", mongo);
        map.put("out", out);
        return map;
    }

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("rate", "200");
        KNOWN.put("concurrency", "64");
        KNOWN.put("max-in-flight", "1000");
        KNOWN.put("duration", "60s");
        KNOWN.put("warmup", "10s");
        KNOWN.put("seed", "");
        KNOWN.put("articles", "8");
        KNOWN.put("spam", "0.12");
        KNOWN.put("promotion", "0.08");
        KNOWN.put("replies", "0.25");
        KNOWN.put("baselines", "true");
        KNOWN.put("baseline-duration", "10s");
        KNOWN.put("drain-timeout", "120s");
        KNOWN.put("emails", "true");
        KNOWN.put("heap-after-gc", "true");
        KNOWN.put("comment-url", "http://127.0.0.1:8081");
        KNOWN.put("api-key", "local-site-key");
        KNOWN.put("kafka", "127.0.0.1:9092");
        KNOWN.put("mail-url", "http://127.0.0.1:8025");
        KNOWN.put("smtp", "127.0.0.1:3025");
        KNOWN.put("mongo", "mongodb://127.0.0.1:27017");
        KNOWN.put("out", "target/load-report.json");
        KNOWN.put("help", "false");
    }

    private static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("--" + name + " must be more than 0");
        }
        return value;
    }

    private static double share(String name, String text) {
        double value = Double.parseDouble(text.trim());
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException("--" + name + " must be between 0 and 1");
        }
        return value;
    }

    private static boolean bool(String name, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " must be true or false");
        };
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
