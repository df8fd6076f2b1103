package io.commentmod.spammodel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A learned spam filter: a linear model over hashed word unigrams and bigrams and character 3..5-grams of the
 * {@link TextNormalizer normalized} text (see {@link FeatureExtractor}), trained by logistic regression with AdaGrad
 * and L2 (or, for comparison, complement naive Bayes).
 *
 * <p>Concurrency: scoring ({@link #spamProbability}, {@link #version}, {@link #toBytes}) is lock-free and may run on
 * any number of threads. {@link #learn} is serialized (single writer) and copy-on-write: it updates a copy of the
 * weights and then publishes it as a new immutable snapshot with a new version, so a reader always scores with one
 * consistent model whose version it can report (deterministic for the same text and version).
 *
 * <p>Version: {@code sm-} plus 12 hex digits. A trained model's version is a hash of its content; each online update
 * derives the next version from the previous one and the example, so the same model fed the same decisions in the
 * same order has the same version everywhere.
 */
public final class SpamClassifier {

    private static final int MAGIC = 0x53504d31; // "SPM1"
    private static final double EPS = 1e-8;

    private record Snapshot(float[] weights, float[] squaredGradients, float bias, float biasSquaredGradient,
            long updates, String version) {
    }

    private final TrainingOptions.Algorithm algorithm;
    private final int hashBits;
    private final double learningRate;
    private final double l2;
    private final ThreadLocal<FeatureExtractor> extractors;
    private volatile Snapshot snapshot;

    private SpamClassifier(TrainingOptions.Algorithm algorithm, int hashBits, double learningRate, double l2,
            Snapshot snapshot) {
        this.algorithm = algorithm;
        this.hashBits = hashBits;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.snapshot = snapshot;
        this.extractors = ThreadLocal.withInitial(() -> new FeatureExtractor(hashBits));
    }

    /** Trains a model; deterministic for the same examples (same order) and options. */
    public static SpamClassifier train(List<LabeledText> examples, TrainingOptions options) {
        Objects.requireNonNull(examples, "examples");
        Objects.requireNonNull(options, "options");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("No examples to train on");
        }
        int buckets = 1 << options.hashBits();
        FeatureExtractor fx = new FeatureExtractor(options.hashBits());
        int n = examples.size();
        int[][] idx = new int[n][];
        float[][] val = new float[n][];
        boolean[] spam = new boolean[n];
        for (int e = 0; e < n; e++) {
            fx.extract(examples.get(e).text());
            idx[e] = java.util.Arrays.copyOf(fx.index, fx.size);
            val[e] = java.util.Arrays.copyOf(fx.value, fx.size);
            spam[e] = examples.get(e).spam();
        }
        float[] w = new float[buckets];
        float[] g2 = new float[buckets];
        float[] bias = {0f, 0f};
        if (options.algorithm() == TrainingOptions.Algorithm.LOGISTIC_REGRESSION) {
            int[] order = new int[n];
            for (int e = 0; e < n; e++) {
                order[e] = e;
            }
            Random random = new Random(options.seed());
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                for (int e = n - 1; e > 0; e--) {
                    int j = random.nextInt(e + 1);
                    int t = order[e];
                    order[e] = order[j];
                    order[j] = t;
                }
                for (int e : order) {
                    step(w, g2, bias, idx[e], val[e], idx[e].length, spam[e], options.learningRate(), options.l2());
                }
            }
        } else {
            trainNaiveBayes(w, bias, idx, val, spam, options.nbAlpha());
        }
        SpamClassifier model = new SpamClassifier(options.algorithm(), options.hashBits(), options.learningRate(),
                options.l2(), new Snapshot(w, g2, bias[0], bias[1], 0, ""));
        Snapshot s = model.snapshot;
        model.snapshot = new Snapshot(s.weights, s.squaredGradients, s.bias, s.biasSquaredGradient, 0,
                "sm-" + sha256Hex(model.payload()).substring(0, 12));
        return model;
    }

    private static void trainNaiveBayes(float[] w, float[] bias, int[][] idx, float[][] val, boolean[] spam,
            double alpha) {
        double[] spamCounts = new double[w.length];
        double[] hamCounts = new double[w.length];
        double spamTotal = 0;
        double hamTotal = 0;
        int spamDocs = 0;
        for (int e = 0; e < idx.length; e++) {
            double[] counts = spam[e] ? spamCounts : hamCounts;
            for (int k = 0; k < idx[e].length; k++) {
                counts[idx[e][k]] += val[e][k];
                if (spam[e]) {
                    spamTotal += val[e][k];
                } else {
                    hamTotal += val[e][k];
                }
            }
            spamDocs += spam[e] ? 1 : 0;
        }
        int used = 0;
        for (int i = 0; i < w.length; i++) {
            if (spamCounts[i] > 0 || hamCounts[i] > 0) {
                used++;
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (spamCounts[i] > 0 || hamCounts[i] > 0) {
                // complement NB, binary case: the complement of "spam" is "ham" and vice versa
                double logSpam = Math.log((spamCounts[i] + alpha) / (spamTotal + alpha * used));
                double logHam = Math.log((hamCounts[i] + alpha) / (hamTotal + alpha * used));
                w[i] = (float) (logSpam - logHam);
            }
        }
        int hamDocs = idx.length - spamDocs;
        bias[0] = (float) Math.log((spamDocs + 1.0) / (hamDocs + 1.0));
    }

    private static double step(float[] w, float[] g2, float[] bias, int[] idx, float[] val, int size, boolean spam,
            double lr, double l2) {
        double z = bias[0];
        for (int k = 0; k < size; k++) {
            z += w[idx[k]] * val[k];
        }
        double p = sigmoid(z);
        double g = p - (spam ? 1.0 : 0.0);
        bias[1] += (float) (g * g);
        bias[0] -= (float) (lr * g / Math.sqrt(bias[1] + EPS));
        for (int k = 0; k < size; k++) {
            int i = idx[k];
            double grad = g * val[k] + l2 * w[i];
            g2[i] += (float) (grad * grad);
            w[i] -= (float) (lr * grad / Math.sqrt(g2[i] + EPS));
        }
        return p;
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** The probability (0..1) that the text is spam. Thread-safe and allocation-light. */
    public double spamProbability(String text) {
        Snapshot s = snapshot;
        return sigmoid(extractors.get().score(text, s.weights, s.bias));
    }

    /** The model version; changes with every {@link #learn}. */
    public String version() {
        return snapshot.version;
    }

    /** Online updates applied since training (or since the bytes were written). */
    public long updates() {
        return snapshot.updates;
    }

    public TrainingOptions.Algorithm algorithm() {
        return algorithm;
    }

    /**
     * One online update from a labeled text (e.g. a moderator's decision): an AdaGrad logistic-regression step on a
     * copy of the weights, then published atomically with a new version. Serialized: one writer at a time.
     */
    public synchronized void learn(String text, boolean spam) {
        Objects.requireNonNull(text, "text");
        Snapshot s = snapshot;
        float[] w = s.weights.clone();
        float[] g2 = s.squaredGradients.clone();
        float[] bias = {s.bias, s.biasSquaredGradient};
        FeatureExtractor fx = new FeatureExtractor(hashBits);
        fx.extract(text);
        step(w, g2, bias, fx.index, fx.value, fx.size, spam, learningRate, l2);
        String next = "sm-" + sha256Hex((s.version + "|" + (spam ? 1 : 0) + "|" + text)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        snapshot = new Snapshot(w, g2, bias[0], bias[1], s.updates + 1, next);
    }

    /** Number of non-zero weights. */
    public int nonZeroWeights() {
        int nz = 0;
        for (float f : snapshot.weights) {
            if (f != 0f) {
                nz++;
            }
        }
        return nz;
    }

    /**
     * A compact binary form: the settings, the version and the non-zero weights (delta-coded bucket, float weight,
     * float AdaGrad accumulator). Read back with {@link #fromBytes}.
     */
    public byte[] toBytes() {
        Snapshot s = snapshot;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(s.version);
            out.writeLong(s.updates);
            out.write(payload(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] payload() {
        return payload(snapshot);
    }

    private byte[] payload(Snapshot s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(algorithm.ordinal());
            out.writeByte(hashBits);
            out.writeDouble(learningRate);
            out.writeDouble(l2);
            out.writeFloat(s.bias);
            out.writeFloat(s.biasSquaredGradient);
            int nz = 0;
            for (int i = 0; i < s.weights.length; i++) {
                if (s.weights[i] != 0f || s.squaredGradients[i] != 0f) {
                    nz++;
                }
            }
            out.writeInt(nz);
            int last = -1;
            for (int i = 0; i < s.weights.length; i++) {
                if (s.weights[i] != 0f || s.squaredGradients[i] != 0f) {
                    writeVarInt(out, i - last);
                    last = i;
                    out.writeFloat(s.weights[i]);
                    out.writeFloat(s.squaredGradients[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static SpamClassifier fromBytes(byte[] data) {
        Objects.requireNonNull(data, "data");
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("Not a serialized SpamClassifier");
            }
            String version = in.readUTF();
            long updates = in.readLong();
            TrainingOptions.Algorithm algorithm = TrainingOptions.Algorithm.values()[in.readByte()];
            int hashBits = in.readByte();
            if (hashBits < 10 || hashBits > 24) {
                throw new IllegalArgumentException("Bad hash size: " + hashBits);
            }
            double lr = in.readDouble();
            double l2 = in.readDouble();
            float bias = in.readFloat();
            float biasG2 = in.readFloat();
            int nz = in.readInt();
            float[] w = new float[1 << hashBits];
            float[] g2 = new float[1 << hashBits];
            int i = -1;
            for (int k = 0; k < nz; k++) {
                i += readVarInt(in);
                w[i] = in.readFloat();
                g2[i] = in.readFloat();
            }
            return new SpamClassifier(algorithm, hashBits, lr, l2, new Snapshot(w, g2, bias, biasG2, updates,
                    version));
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Corrupt serialized SpamClassifier", e);
        }
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("Malformed varint");
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SpamClassifier[" + algorithm + ", 2^" + hashBits + " buckets, version " + version() + "]";
    }
}
