package io.commentmod.spammodel;

import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link SpamClassifier#spamProbability} per comment (not a JUnit test: run by hand). Trains on synthetic text,
 * warms up for a while (C2 is slow to settle on a 2-core machine), then times several passes over a few thousand
 * comments of mixed lengths (30..600 chars) and prints ns per comment (wall and thread CPU time) for each pass and
 * their median. The checksum
 * (sum of all probabilities) must not change between code versions.
 *
 * <pre>
 * ./mvnw -q -o -pl spam-model test-compile
 * java -cp spam-model/target/classes:spam-model/target/test-classes io.commentmod.spammodel.ScoringBenchmark [warmupSeconds]
 * </pre>
 *
 * <p>A/B mode, for a machine shared with other work: {@code ScoringBenchmark warmupSeconds dirA dirB} loads the
 * module's classes twice, from two class directories (e.g. a copy of the old target/classes and the new one), each
 * in its own class loader, and alternates timed passes between them, so both see the same background load.
 * {@code -Dcorpus=../shared/datasets/youtube-spam} times real comments instead of synthetic ones.
 */
public final class ScoringBenchmark {

    /**
     * Thread CPU time as well as wall time: the machine is shared, and time spent descheduled while another process
     * runs is not time spent scoring.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Throwable {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        if (args.length >= 3) {
            compare(warmupSeconds, Path.of(args[1]), Path.of(args[2]));
            return;
        }
        SpamClassifier model = SpamClassifier.train(SyntheticComments.training(1, 3000), TrainingOptions.defaults());
        List<String> comments = SyntheticComments.realistic(2, 4000);
        String[] texts = comments.toArray(String[]::new);
        long chars = comments.stream().mapToLong(String::length).sum();

        double checksum = 0;
        for (String t : texts) {
            checksum += model.spamProbability(t);
        }
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        double sink = 0;
        while (System.nanoTime() < until) {
            for (String t : texts) {
                sink += model.spamProbability(t);
            }
        }

        int passes = 10;
        double[] wall = new double[passes];
        double[] cpu = new double[passes];
        for (int r = 0; r < passes; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int rep = 0; rep < 5; rep++) {
                for (String t : texts) {
                    sink += model.spamProbability(t);
                }
            }
            wall[r] = (System.nanoTime() - t0) / (5.0 * texts.length);
            cpu[r] = (CPU.getCurrentThreadCpuTime() - c0) / (5.0 * texts.length);
        }
        System.out.printf("comments=%d avgChars=%.0f checksum=%.17g (sink %.1f)%n", texts.length,
                (double) chars / texts.length, checksum, sink);
        System.out.printf("wall ns/comment per pass: %s%n", Arrays.toString(Arrays.stream(wall).map(Math::round)
                .toArray()));
        System.out.printf("cpu  ns/comment per pass: %s%n", Arrays.toString(Arrays.stream(cpu).map(Math::round)
                .toArray()));
        System.out.printf("median ns/comment: wall %.0f, thread cpu %.0f%n", median(wall), median(cpu));
    }

    /** spamProbability of a model trained on the synthetic examples by the classes in dir (own class loader). */
    private static MethodHandle scorer(Path dir) throws Throwable {
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> labeled = loader.loadClass("io.commentmod.spammodel.LabeledText");
        Class<?> options = loader.loadClass("io.commentmod.spammodel.TrainingOptions");
        Class<?> classifier = loader.loadClass("io.commentmod.spammodel.SpamClassifier");
        List<Object> examples = new ArrayList<>();
        for (LabeledText e : SyntheticComments.training(1, 3000)) {
            examples.add(labeled.getConstructor(String.class, boolean.class).newInstance(e.text(), e.spam()));
        }
        Object defaults = options.getMethod("defaults").invoke(null);
        Object model = classifier.getMethod("train", List.class, options).invoke(null, examples, defaults);
        return MethodHandles.publicLookup().findVirtual(classifier, "spamProbability",
                MethodType.methodType(double.class, String.class)).bindTo(model);
    }

    /**
     * The comments to time: synthetic ones, or with {@code -Dcorpus=dir} the CONTENT of every *.csv in dir (YouTube
     * Spam Collection format), repeated to at least 4000.
     */
    private static List<String> corpus() throws java.io.IOException {
        String dir = System.getProperty("corpus");
        if (dir == null) {
            return SyntheticComments.realistic(2, 4000);
        }
        List<String> rows = new ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                YouTubeSpamCsv.read(file).forEach(row -> rows.add(row.content()));
            }
        }
        List<String> out = new ArrayList<>();
        while (out.size() < 4000) {
            out.addAll(rows);
        }
        return out;
    }

    private static double pass(MethodHandle scorer, String[] texts, int reps) throws Throwable {
        double sink = 0;
        for (int rep = 0; rep < reps; rep++) {
            for (String t : texts) {
                sink += (double) scorer.invokeExact(t);
            }
        }
        return sink;
    }

    private static void compare(int warmupSeconds, Path dirA, Path dirB) throws Throwable {
        MethodHandle a = scorer(dirA);
        MethodHandle b = scorer(dirB);
        String[] texts = corpus().toArray(String[]::new);
        System.out.printf("comments=%d avgChars=%.0f%n", texts.length,
                Arrays.stream(texts).mapToInt(String::length).average().orElse(0));
        System.out.printf("checksum A=%.17g B=%.17g%n", pass(a, texts, 1), pass(b, texts, 1));
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        double sink = 0;
        while (System.nanoTime() < until) {
            sink += pass(a, texts, 1) + pass(b, texts, 1);
        }
        int pairs = 10;
        double[] nsA = new double[pairs];
        double[] nsB = new double[pairs];
        double[] ratio = new double[pairs];
        for (int r = 0; r < pairs; r++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink += pass(a, texts, 3);
            long t1 = CPU.getCurrentThreadCpuTime();
            sink += pass(b, texts, 3);
            long t2 = CPU.getCurrentThreadCpuTime();
            nsA[r] = (t1 - t0) / (3.0 * texts.length);
            nsB[r] = (t2 - t1) / (3.0 * texts.length);
            ratio[r] = nsA[r] / nsB[r];
        }
        System.out.printf("thread cpu time, alternating passes%n");
        System.out.printf("A %s ns/comment: %s%n", dirA, Arrays.toString(Arrays.stream(nsA).map(Math::round).toArray()));
        System.out.printf("B %s ns/comment: %s%n", dirB, Arrays.toString(Arrays.stream(nsB).map(Math::round).toArray()));
        System.out.printf("median A %.0f  B %.0f  median of pairwise A/B %.2f (sink %.1f)%n", median(nsA), median(nsB),
                median(ratio), sink);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
