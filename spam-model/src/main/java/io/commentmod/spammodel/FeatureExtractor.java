package io.commentmod.spammodel;

import java.util.Arrays;

/**
 * Hashes a comment into a sparse feature vector: word unigrams and bigrams and character 3-, 4- and 5-grams of the
 * {@link TextNormalizer normalized} text, plus a few shape features of the raw text (length, share of capitals,
 * exclamation marks, number of links). Each group is scaled to unit length so long and short comments weigh alike.
 * No allocation per n-gram: hashes are computed over the characters directly. Not thread-safe (reuses buffers):
 * use one per thread.
 */
final class FeatureExtractor {

    private static final int WORD_SEED = 0x9747b28c;
    private static final int BIGRAM_SEED = 0x3c6ef372;
    private static final int CHAR_SEED = 0x1b873593;
    private static final int META_SEED = 0x5bd1e995;

    /*
     * Part of the model's format: a change here changes what every stored weight means, so bump the MAGIC of
     * SpamClassifier's bytes with it. Measured (leave-one-video-out): char 2..5 or 3..4 instead of 3..5, no bigrams,
     * or other group weights moved MCC by under 0.01; the shape features (meta) are worth about 0.02.
     */
    static final float WORD_W = 1f;
    static final float CHAR_W = 1f;
    static final float META_W = 1f;
    static final int CMIN = 3;
    static final int CMAX = 5;
    static final boolean BIGRAMS = true;
    /** Character n-grams come from this many leading characters of the normalized text: bounds the cost. */
    static final int MAX_CHAR_GRAM_TEXT = 1000;

    private final int mask;
    private char[] padded = new char[256];
    int[] index = new int[256];
    float[] value = new float[256];
    int size;

    FeatureExtractor(int hashBits) {
        this.mask = (1 << hashBits) - 1;
    }

    /**
     * The linear score {@code bias + w . x} of the text, computed while hashing, without materializing the vector:
     * each group's weights are summed and the sum scaled like {@link #extract} scales the group's values.
     */
    double score(String raw, float[] w, float bias) {
        String visible = TextNormalizer.stripInvisible(raw == null ? "" : raw);
        String text = TextNormalizer.normalizeVisible(visible);
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
                if (hasPrev && BIGRAMS) {
                    sum += w[(fmix(prev * 0x9E3779B1 + h) ^ BIGRAM_SEED) & mask];
                    count++;
                }
                prev = h;
                hasPrev = true;
            }
        }
        double z = bias + (count == 0 ? 0 : WORD_W * sum / Math.sqrt(count));

        // character n-grams over " text " (see extract); one padded copy, so the hot loop has no branches per char
        int m = Math.min(n, MAX_CHAR_GRAM_TEXT);
        char[] padded = this.padded.length >= m + 2 ? this.padded : (this.padded = new char[m + 64]);
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
        // the last positions, where only shorter n-grams fit
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

        size = 0;
        meta(visible, text);
        for (int k = 0; k < size; k++) {
            z += w[index[k]] * value[k];
        }
        return z;
    }

    /** Fills {@link #index}, {@link #value} and {@link #size} for the text. */
    void extract(String raw) {
        size = 0;
        String visible = TextNormalizer.stripInvisible(raw == null ? "" : raw);
        String text = TextNormalizer.normalizeVisible(visible);
        char[] c = text.toCharArray();

        int start = size;
        int prev = 0;
        boolean hasPrev = false;
        int n = c.length;
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(c, i)) {
                i++;
            }
            int s = i;
            while (i < n && isTokenChar(c, i)) {
                i++;
            }
            if (i > s) {
                int h = WORD_SEED;
                for (int k = s; k < i; k++) {
                    h = (h ^ c[k]) * 0x01000193;
                }
                add(fmix(h), WORD_W);
                if (hasPrev && BIGRAMS) {
                    add(fmix(prev * 0x9E3779B1 + h) ^ BIGRAM_SEED, WORD_W);
                }
                prev = h;
                hasPrev = true;
            }
        }
        scale(start, size);

        start = size;
        // character n-grams over " text " so word boundaries take part (the first MAX_CHAR_GRAM_TEXT chars)
        int len = Math.min(n, MAX_CHAR_GRAM_TEXT) + 2;
        for (int p = 0; p < len; p++) {
            int h = CHAR_SEED;
            for (int k = 0; k < CMAX && p + k < len; k++) {
                int q = p + k;
                char ch = q == 0 || q == len - 1 ? ' ' : c[q - 1];
                h = (h ^ ch) * 0x01000193;
                if (k >= CMIN - 1) {
                    add(fmix(h + k * 0x27d4eb2d), CHAR_W);
                }
            }
        }
        scale(start, size);

        meta(visible, text);
    }

    /** How many 3..5-grams a padded text of this length has. */
    private static int charGramCount(int len) {
        int count = 0;
        for (int k = CMIN; k <= CMAX; k++) {
            count += Math.max(0, len - k + 1);
        }
        return count;
    }

    private void meta(String visible, String text) {
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
        for (int k = text.indexOf(TextNormalizer.URL_MARKER); k >= 0;
                k = text.indexOf(TextNormalizer.URL_MARKER, k + 1)) {
            urls++;
        }
        int lengthBucket = 32 - Integer.numberOfLeadingZeros(visible.length() / 8);
        addMeta(1, Math.min(lengthBucket, 9));
        addMeta(2, letters < 8 ? 0 : 1 + (upper * 4) / (letters + 1));
        addMeta(3, Math.min(excl, 3));
        addMeta(4, Math.min(urls, 3));
    }

    private void addMeta(int kind, int bucket) {
        add(fmix(META_SEED + kind * 0x01000193 + bucket * 0x85ebca6b), META_W);
    }

    private static boolean isTokenChar(String c, int i) {
        char ch = c.charAt(i);
        if (Character.isLetterOrDigit(ch) || ch == '#' || ch == '<' || ch == '>' || ch == '\'') {
            return true;
        }
        return ch == '.' && i > 0 && i + 1 < c.length() && Character.isLetterOrDigit(c.charAt(i - 1))
                && Character.isLetterOrDigit(c.charAt(i + 1));
    }

    private static boolean isTokenChar(char[] c, int i) {
        char ch = c[i];
        if (Character.isLetterOrDigit(ch) || ch == '#' || ch == '<' || ch == '>' || ch == '\'') {
            return true;
        }
        // keep host names ("example.com") together
        return ch == '.' && i > 0 && i + 1 < c.length && Character.isLetterOrDigit(c[i - 1])
                && Character.isLetterOrDigit(c[i + 1]);
    }

    private void scale(int from, int to) {
        if (to > from) {
            float f = (float) (1.0 / Math.sqrt(to - from));
            for (int k = from; k < to; k++) {
                value[k] *= f;
            }
        }
    }

    private void add(int hash, float v) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        index[size] = hash & mask;
        value[size] = v;
        size++;
    }

    static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
