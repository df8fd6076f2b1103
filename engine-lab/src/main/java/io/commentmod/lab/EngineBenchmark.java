package io.commentmod.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.commentmod.engine.CommentToModerate;
import io.commentmod.engine.EngineSettings;
import io.commentmod.engine.ModerationContext;
import io.commentmod.engine.ModerationEngine;
import io.commentmod.engine.Verdict;
import io.commentmod.spammodel.LabeledText;
import io.commentmod.spammodel.SpamClassifier;
import io.commentmod.spammodel.TrainingOptions;
import io.commentmod.spammodel.YouTubeSpamCsv;

/**
 * The whole engine (all rules plus the learned model) and the model alone, one comment per operation, on one thread:
 * throughput in comments/s and per-comment latency percentiles. Comments come from {@link SyntheticComments} (mixed
 * lengths, with and without links, a quarter spam or promotion). The model is trained on synthetic comments, or on
 * the CSV files (YouTube Spam Collection format) in the system property {@code lab.train} (comma-separated), e.g.
 * {@code java -Dlab.train=a.csv,b.csv -jar engine-lab/target/benchmarks.jar} (JMH passes it on to its forks); the
 * comments decided come from the CSV files in {@code lab.comments} instead of {@link SyntheticComments} when it is set.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

    /** How many distinct comments the benchmark cycles through. */
    @Param("4096")
    int comments;

    private ModerationEngine engine;
    private SpamClassifier model;
    private ModerationContext[] contexts;
    private String[] texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<LabeledText> train = trainingSet();
        model = SpamClassifier.train(train, TrainingOptions.defaults());
        engine = new ModerationEngine(EngineSettings.defaults(), Deciders.asSpamModel(model));
        List<LabeledText> sample = benchmarkComments();
        contexts = new ModerationContext[sample.size()];
        texts = new String[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            texts[i] = sample.get(i).text();
            contexts[i] = ModerationContext.of(new CommentToModerate("c" + i, "article-" + (i % 17), null,
                    "Reader " + (i % 101), "reader" + (i % 101) + "@example.org", texts[i], false));
        }
    }

    /** The model's training set: synthetic comments, or the rows of the CSV files in {@code lab.train}. */
    private static List<LabeledText> trainingSet() {
        return rowsOr("lab.train", () -> SyntheticComments.generate(2000, 1L));
    }

    /**
     * The comments to decide: synthetic ones, or the rows of the CSV files in {@code lab.comments}, cycled through in
     * file order, so real comments can be timed too.
     */
    private List<LabeledText> benchmarkComments() {
        return rowsOr("lab.comments", () -> SyntheticComments.generate(comments, 7L));
    }

    /** The rows of the CSV files (comma-separated, YouTube Spam Collection format) in a property, or the fallback. */
    private static List<LabeledText> rowsOr(String property, java.util.function.Supplier<List<LabeledText>> fallback) {
        String files = System.getProperty(property, "");
        if (files.isBlank()) {
            return fallback.get();
        }
        List<LabeledText> rows = new java.util.ArrayList<>();
        for (String f : files.split(",")) {
            Path path = Path.of(f.trim());
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(property + ": no such file " + path);
            }
            rows.addAll(YouTubeSpamCsv.readLabeled(path));
        }
        return rows;
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == contexts.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Verdict engineThroughput() {
        return engine.evaluate(contexts[nextIndex()]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verdict engineLatency() {
        return engine.evaluate(contexts[nextIndex()]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public double modelThroughput() {
        return model.spamProbability(texts[nextIndex()]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double modelLatency() {
        return model.spamProbability(texts[nextIndex()]);
    }
}
