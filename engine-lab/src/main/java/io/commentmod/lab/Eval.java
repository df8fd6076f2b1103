package io.commentmod.lab;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.commentmod.engine.EngineSettings;
import io.commentmod.spammodel.LabeledText;
import io.commentmod.spammodel.SpamClassifier;
import io.commentmod.spammodel.TrainingOptions;
import io.commentmod.spammodel.YouTubeSpamCsv;

/**
 * The evaluation command. Files are in the YouTube Spam Collection format; only CONTENT and CLASS are used.
 *
 * <pre>
 * java -cp engine-lab/target/benchmarks.jar io.commentmod.lab.Eval --train A.csv,B.csv --test C.csv
 * java -cp engine-lab/target/benchmarks.jar io.commentmod.lab.Eval --leave-one-out A.csv,B.csv,C.csv
 * options: --decider engine|model   (default: engine when the moderation engine is on the class path, else model)
 *          --algorithm lr|nb        (model: logistic regression, the default, or complement naive Bayes)
 *          --publish-below P --reject-from R   (thresholds of the model-only decider)
 *          --model-hold P --model-reject P     (engine: override the settings' model thresholds)
 *          --show-errors N          (list up to N wrong decisions per test set with the signals behind them)
 *          --show-held true         (with --show-errors: list held decisions too, right or wrong)
 *          --seed N --epochs N --hash-bits N
 * </pre>
 */
public final class Eval {

    private final PrintStream out;
    private final Map<String, String> options;

    Eval(PrintStream out, Map<String, String> options) {
        this.out = out;
        this.options = options;
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        if (options == null) {
            System.err.println(usage());
            System.exit(2);
            return;
        }
        try {
            new Eval(System.out, options).run();
        } catch (IllegalArgumentException e) {
            System.err.println("eval: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
        }
    }

    static String usage() {
        return """
                usage: Eval --train A.csv[,B.csv...] --test C.csv[,...]
                       Eval --leave-one-out A.csv,B.csv,C.csv
                  [--decider engine|model] [--algorithm lr|nb] [--publish-below P] [--reject-from R]
                  [--model-hold P] [--model-reject P]   (engine: override its model thresholds)
                  [--seed N] [--epochs N] [--hash-bits N] [--learning-rate X] [--l2 X] [--show-errors N]
                  [--show-held true]   (with --show-errors: list held decisions too, right or wrong)
                  [--timing-ms N]   (CPU time spent measuring throughput per test set; 0 = skip)""";
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        boolean split = options.containsKey("train") && options.containsKey("test");
        boolean loo = options.containsKey("leave-one-out");
        return split ^ loo ? options : null;
    }

    OutcomeTable run() {
        if (options.containsKey("leave-one-out")) {
            List<Path> files = paths(options.get("leave-one-out"));
            if (files.size() < 2) {
                throw new IllegalArgumentException("--leave-one-out needs at least two files");
            }
            OutcomeTable total = new OutcomeTable();
            long size = 0;
            for (Path test : files) {
                List<Path> train = new ArrayList<>(files);
                train.remove(test);
                EvalResult r = evaluate(train, List.of(test));
                total.addAll(r.table());
                size = Math.max(size, r.modelBytes());
            }
            out.println("== TOTAL over " + files.size() + " rotations (each comment tested once)");
            out.print(total.render());
            out.printf(Locale.ROOT, "throughput %s; largest model %,d bytes%n", throughput(total), size);
            return total;
        }
        return evaluate(paths(options.get("train")), paths(options.get("test"))).table();
    }

    private static String throughput(OutcomeTable table) {
        return table.commentsPerSecond() == 0 ? "not measured"
                : String.format(Locale.ROOT, "%.0f comments/s (one thread, CPU time)", table.commentsPerSecond());
    }

    record EvalResult(OutcomeTable table, long modelBytes) {
    }

    EvalResult evaluate(List<Path> trainFiles, List<Path> testFiles) {
        List<LabeledText> train = new ArrayList<>();
        trainFiles.forEach(f -> train.addAll(YouTubeSpamCsv.readLabeled(f)));
        List<LabeledText> test = new ArrayList<>();
        testFiles.forEach(f -> test.addAll(YouTubeSpamCsv.readLabeled(f)));

        long t0 = System.nanoTime();
        Decider decider = decider(train);
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;

        OutcomeTable table = new OutcomeTable();
        int showErrors = Integer.parseInt(options.getOrDefault("show-errors", "0"));
        List<String> errors = new ArrayList<>();
        for (LabeledText example : test) {
            Outcome outcome = decider.decide(example.text());
            table.add(example.spam(), outcome);
            boolean wrong = example.spam() ? outcome == Outcome.PUBLISH : outcome.keptOut();
            boolean held = Boolean.parseBoolean(options.get("show-held")) && outcome == Outcome.HOLD;
            if ((wrong || held) && errors.size() < showErrors) {
                errors.add((wrong ? "wrong: " : "held: ") + (example.spam() ? "spam " : "legit ") + decider.explain(example.text()) + " | "
                        + example.text().replaceAll("\\s+", " "));
            }
        }
        long timingMillis = Long.parseLong(options.getOrDefault("timing-ms", "500"));
        if (timingMillis > 0) {
            table.addNanos(timeDecisions(decider, test, timingMillis));
        }
        long bytes = decider.modelBytes();

        out.println("== train " + names(trainFiles) + " (" + train.size() + ") -> test " + names(testFiles) + " ("
                + test.size() + ")");
        out.println("decider: " + decider.describe());
        out.print(table.render());
        errors.forEach(e -> out.println("  " + e));
        out.printf(Locale.ROOT, "throughput %s; model %,d bytes; trained in %d ms%n%n",
                throughput(table), bytes, trainMillis);
        return new EvalResult(table, bytes);
    }

    /**
     * CPU nanoseconds of this thread per pass over the test set, measured after warming up (50,000 decisions and 1 s of
     * CPU at least) over at least {@code millis} of CPU in repeated passes. Thread CPU time, not wall time: the figure is per core even on a shared machine.
     */
    private static long timeDecisions(Decider decider, List<LabeledText> test, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        // warm up until the JIT has compiled the hot paths: at least 50,000 decisions and 1 s of CPU
        long warmStart = threads.getCurrentThreadCpuTime();
        long decisions = 0;
        while (decisions < 50_000 || threads.getCurrentThreadCpuTime() - warmStart < 1_000_000_000L) {
            for (LabeledText example : test) {
                sink += decider.decide(example.text()).ordinal();
            }
            decisions += test.size();
        }
        int passes = 0;
        long start = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            for (LabeledText example : test) {
                sink += decider.decide(example.text()).ordinal();
            }
            passes++;
            elapsed = threads.getCurrentThreadCpuTime() - start;
        } while (elapsed < millis * 1_000_000L);
        if (sink == 42) {
            System.out.print("");
        }
        return elapsed / passes;
    }

    Decider decider(List<LabeledText> train) {
        String kind = options.getOrDefault("decider", Deciders.engineAvailable() ? "engine" : "model");
        SpamClassifier model = SpamClassifier.train(train, trainingOptions());
        return switch (kind) {
            case "model" -> new ModelOnlyDecider(model,
                    Double.parseDouble(options.getOrDefault("publish-below",
                            String.valueOf(ModelOnlyDecider.DEFAULT_PUBLISH_BELOW))),
                    Double.parseDouble(options.getOrDefault("reject-from",
                            String.valueOf(ModelOnlyDecider.DEFAULT_REJECT_FROM))));
            case "engine" -> options.containsKey("model-hold") || options.containsKey("model-reject")
                    ? Deciders.engine(model, Deciders.withModelThresholds(EngineSettings.defaults(),
                            Double.parseDouble(options.getOrDefault("model-hold",
                                    String.valueOf(EngineSettings.defaults().modelHoldThreshold()))),
                            Double.parseDouble(options.getOrDefault("model-reject",
                                    String.valueOf(EngineSettings.defaults().modelRejectThreshold())))))
                    : Deciders.engine(model);
            default -> throw new IllegalArgumentException("--decider must be engine or model: " + kind);
        };
    }

    TrainingOptions trainingOptions() {
        TrainingOptions o = TrainingOptions.defaults();
        String algorithm = options.getOrDefault("algorithm", "lr");
        o = o.withAlgorithm(switch (algorithm) {
            case "lr" -> TrainingOptions.Algorithm.LOGISTIC_REGRESSION;
            case "nb" -> TrainingOptions.Algorithm.COMPLEMENT_NAIVE_BAYES;
            default -> throw new IllegalArgumentException("--algorithm must be lr or nb: " + algorithm);
        });
        if (options.containsKey("seed")) {
            o = o.withSeed(Long.parseLong(options.get("seed")));
        }
        if (options.containsKey("epochs")) {
            o = o.withEpochs(Integer.parseInt(options.get("epochs")));
        }
        if (options.containsKey("hash-bits")) {
            o = o.withHashBits(Integer.parseInt(options.get("hash-bits")));
        }
        if (options.containsKey("learning-rate")) {
            o = o.withLearningRate(Double.parseDouble(options.get("learning-rate")));
        }
        if (options.containsKey("l2")) {
            o = o.withL2(Double.parseDouble(options.get("l2")));
        }
        return o;
    }

    private static List<Path> paths(String list) {
        List<Path> paths = new ArrayList<>();
        for (String p : list.split(",")) {
            if (!p.isBlank()) {
                paths.add(Path.of(p.trim()));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no files given");
        }
        return paths;
    }

    private static String names(List<Path> files) {
        return String.join(",", files.stream().map(p -> p.getFileName().toString()).toList());
    }
}
