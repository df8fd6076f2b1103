package io.commentmod.spammodel;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A frozen copy of the scoring path ({@code FeatureExtractor.score} with {@link ReferenceNormalizer}) as it was before
 * the speed-up, plus the model's weights read back from {@link SpamClassifier#toBytes()}. The equivalence tests
 * require the production code to return exactly ({@code ==}) what this returns. Do not change it.
 */
final class ReferenceScorer {

    private static final int WORD_SEED = 0x9747b28c;
    private static final int BIGRAM_SEED = 0x3c6ef372;
    private static final int CHAR_SEED = 0x1b873593;
    private static final int META_SEED = 0x5bd1e995;
    private static final float WORD_W = 1f;
    private static final float CHAR_W = 1f;
    private static final float META_W = 1f;
    private static final int CMIN = 3;
    private static final int CMAX = 5;
    private static final int MAX_CHAR_GRAM_TEXT = 1000;

    final float[] w;
    final float bias;
    private final int mask;

    ReferenceScorer(float[] w, float bias) {
        this.w = w;
        this.bias = bias;
        this.mask = w.length - 1;
    }

    /** The weights and bias of a model, parsed from its serialized form (see SpamClassifier.toBytes). */
    static ReferenceScorer of(SpamClassifier model) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(model.toBytes()))) {
            in.readInt(); // magic
            in.readUTF(); // version
            in.readLong(); // updates
            in.readByte(); // algorithm
            int hashBits = in.readByte();
            in.readDouble(); // learning rate
            in.readDouble(); // l2
            float bias = in.readFloat();
            in.readFloat(); // bias AdaGrad accumulator
            int nz = in.readInt();
            float[] w = new float[1 << hashBits];
            int i = -1;
            for (int k = 0; k < nz; k++) {
                int v = 0;
                for (int shift = 0;; shift += 7) {
                    int b = in.readUnsignedByte();
                    v |= (b & 0x7f) << shift;
                    if ((b & 0x80) == 0) {
                        break;
                    }
                }
                i += v;
                w[i] = in.readFloat();
                in.readFloat(); // AdaGrad accumulator
            }
            return new ReferenceScorer(w, bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code SpamClassifier.spamProbability} returned before the speed-up. */
    double spamProbability(String text) {
        return sigmoid(score(text, w, bias));
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** What {@code FeatureExtractor.score} returned before the speed-up. */
    double score(String raw, float[] w, float bias) {
        String visible = ReferenceNormalizer.stripInvisible(raw == null ? "" : raw);
        String text = ReferenceNormalizer.normalizeVisible(visible);
        int n = text.length();
        int mask = this.mask;
        double sum = 0;
        int count = 0;
        int prev = 0;
        boolean hasPrev = false;
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(text, i)) {
                i++;
            }
            int s = i;
            while (i < n && isTokenChar(text, i)) {
                i++;
            }
            if (i > s) {
                int h = WORD_SEED;
                for (int k = s; k < i; k++) {
                    h = (h ^ text.charAt(k)) * 0x01000193;
                }
                sum += w[fmix(h) & mask];
                count++;
                if (hasPrev) {
                    sum += w[(fmix(prev * 0x9E3779B1 + h) ^ BIGRAM_SEED) & mask];
                    count++;
                }
                prev = h;
                hasPrev = true;
            }
        }
        double z = bias + (count == 0 ? 0 : WORD_W * sum / Math.sqrt(count));

        int m = Math.min(n, MAX_CHAR_GRAM_TEXT);
        char[] padded = new char[m + 2];
        padded[0] = ' ';
        text.getChars(0, m, padded, 1);
        padded[m + 1] = ' ';
        int len = m + 2;
        sum = 0;
        for (int p = 0; p + CMAX <= len; p++) {
            int h = (CHAR_SEED ^ padded[p]) * 0x01000193;
            h = (h ^ padded[p + 1]) * 0x01000193;
            h = (h ^ padded[p + 2]) * 0x01000193;
            sum += w[fmix(h + 2 * 0x27d4eb2d) & mask];
            h = (h ^ padded[p + 3]) * 0x01000193;
            sum += w[fmix(h + 3 * 0x27d4eb2d) & mask];
            h = (h ^ padded[p + 4]) * 0x01000193;
            sum += w[fmix(h + 4 * 0x27d4eb2d) & mask];
        }
        for (int p = Math.max(0, len - CMAX + 1); p < len; p++) {
            int h = CHAR_SEED;
            for (int k = 0; k < CMAX && p + k < len; k++) {
                h = (h ^ padded[p + k]) * 0x01000193;
                if (k >= CMIN - 1) {
                    sum += w[fmix(h + k * 0x27d4eb2d) & mask];
                }
            }
        }
        count = charGramCount(len);
        z += count == 0 ? 0 : CHAR_W * sum / Math.sqrt(count);

        // meta: the four shape features, added in the order extract() lists them
        int letters = 0;
        int upper = 0;
        int excl = 0;
        for (int k = 0; k < visible.length(); k++) {
            char ch = visible.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            } else if (ch == '!') {
                excl++;
            }
        }
        int urls = 0;
        for (int k = text.indexOf(ReferenceNormalizer.URL_MARKER); k >= 0;
                k = text.indexOf(ReferenceNormalizer.URL_MARKER, k + 1)) {
            urls++;
        }
        int lengthBucket = 32 - Integer.numberOfLeadingZeros(visible.length() / 8);
        int[] index = {
            metaIndex(1, Math.min(lengthBucket, 9)),
            metaIndex(2, letters < 8 ? 0 : 1 + (upper * 4) / (letters + 1)),
            metaIndex(3, Math.min(excl, 3)),
            metaIndex(4, Math.min(urls, 3)),
        };
        float value = META_W;
        for (int k = 0; k < index.length; k++) {
            z += w[index[k]] * value;
        }
        return z;
    }

    private int metaIndex(int kind, int bucket) {
        return fmix(META_SEED + kind * 0x01000193 + bucket * 0x85ebca6b) & mask;
    }

    private static int charGramCount(int len) {
        int count = 0;
        for (int k = CMIN; k <= CMAX; k++) {
            count += Math.max(0, len - k + 1);
        }
        return count;
    }

    private static boolean isTokenChar(String c, int i) {
        char ch = c.charAt(i);
        if (Character.isLetterOrDigit(ch) || ch == '#' || ch == '<' || ch == '>' || ch == '\'') {
            return true;
        }
        return ch == '.' && i > 0 && i + 1 < c.length() && Character.isLetterOrDigit(c.charAt(i - 1))
                && Character.isLetterOrDigit(c.charAt(i + 1));
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
