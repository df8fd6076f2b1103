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
    private final TextNormalizer.Chars scratch = new TextNormalizer.Chars(256);
    private final TextNormalizer.Chars normalized = new TextNormalizer.Chars(256);
    private final int[] meta = new int[4];
    /** Work arrays of {@link #charGramSum}: the text as ints, the 3-, 4- and 5-gram buckets by position. */
    private int[] codes = new int[264];
    /** Buckets of the word unigrams and bigrams not yet summed (see {@link #score}). */
    private final int[] words = new int[256];
    private int[] g3 = new int[256];
    private int[] g4 = new int[256];
    private int[] g5 = new int[256];
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
        String text0 = raw == null ? "" : raw;
        int visibleLength = countShape(text0);
        // normalized into a buffer this extractor keeps: no String (and for ASCII text no garbage) per comment
        TextNormalizer.normalize(text0, visibleLength < text0.length(), scratch, normalized);
        char[] text = normalized.chars;
        int n = normalized.length;
        int mask = this.mask;
        // words in one pass over the characters; their buckets are collected and summed a block at a time, in
        // order, so the weight lookups do not wait on the scanning
        int[] words = this.words;
        int g = 0;
        double sum = 0;
        int count = 0;
        int prev = 0;
        boolean hasPrev = false;
        int h = WORD_SEED;
        boolean inWord = false;
        for (int i = 0; i <= n; i++) {
            if (i < n && isTokenChar(text, n, i)) {
                h = (h ^ text[i]) * 0x01000193;
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            words[g++] = fmix(h) & mask;
            if (hasPrev && BIGRAMS) {
                words[g++] = (fmix(prev * 0x9E3779B1 + h) ^ BIGRAM_SEED) & mask;
            }
            prev = h;
            hasPrev = true;
            h = WORD_SEED;
            inWord = false;
            if (g > words.length - 2) { // full: sum what it holds
                for (int k = 0; k < g; k++) {
                    sum += w[words[k]];
                }
                count += g;
                g = 0;
            }
        }
        for (int k = 0; k < g; k++) {
            sum += w[words[k]];
        }
        count += g;
        double z = bias + (count == 0 ? 0 : WORD_W * sum / Math.sqrt(count));

        // character n-grams over " text " (see extract)
        int m = Math.min(n, MAX_CHAR_GRAM_TEXT);
        int len = m + 2;
        sum = charGramSum(text, m, w);
        count = charGramCount(len);
        z += count == 0 ? 0 : CHAR_W * sum / Math.sqrt(count);

        // the shape features, in the order extract() adds them (the sum's order is part of the exact result)
        int[] meta = metaIndices(visibleLength, countUrlMarkers(text, n));
        for (int k = 0; k < meta.length; k++) {
            z += w[meta[k]] * META_W;
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
            while (i < n && !isTokenChar(c, n, i)) {
                i++;
            }
            int s = i;
            while (i < n && isTokenChar(c, n, i)) {
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

        countShape(visible);
        for (int index : metaIndices(visible.length(), countUrlMarkers(c, n))) {
            add(index, META_W);
        }
    }

    /**
     * The sum of the weights of the character 3..5-grams of " text[0, m) ", added in the order {@link #extract} lists
     * them (position by position, the 3-, 4- then 5-gram: a double sum of floats depends on the order).
     *
     * <p>Why this shape: hashing is most of the scoring time. Here the hashing is a loop over int arrays with no
     * loads from the weights and no floating point in it, which the JIT can unroll and vectorize; the summing loop
     * after it, random reads into the weights, stays scalar but no longer waits for the hashing (measured: scoring
     * about 1.15x faster than with hashing and summing in one loop). Written out for CMIN = 3 and CMAX = 5.
     */
    private double charGramSum(char[] text, int m, float[] w) {
        int len = m + 2;
        int span = len - 2; // positions where a 3-gram starts
        if (span > codes.length - 8) {
            int size = span + 256;
            codes = new int[size + 8];
            g3 = new int[size];
            g4 = new int[size];
            g5 = new int[size];
        }
        int[] c = codes;
        int[] g3 = this.g3;
        int[] g4 = this.g4;
        int[] g5 = this.g5;
        int mask = this.mask;
        // " text " as ints, zeros after it: near the end the loop hashes 4- and 5-grams that do not fit (unused)
        c[0] = ' ';
        for (int k = 0; k < m; k++) {
            c[k + 1] = text[k];
        }
        c[m + 1] = ' ';
        c[m + 2] = 0;
        c[m + 3] = 0;
        c[m + 4] = 0;
        for (int p = 0; p < span; p++) {
            int x = (CHAR_SEED ^ c[p]) * 0x01000193;
            x = (x ^ c[p + 1]) * 0x01000193;
            x = (x ^ c[p + 2]) * 0x01000193;
            g3[p] = fmix(x + 2 * 0x27d4eb2d) & mask;
            x = (x ^ c[p + 3]) * 0x01000193;
            g4[p] = fmix(x + 3 * 0x27d4eb2d) & mask;
            x = (x ^ c[p + 4]) * 0x01000193;
            g5[p] = fmix(x + 4 * 0x27d4eb2d) & mask;
        }
        double sum = 0;
        int full = Math.max(0, len - 4); // positions where all of the 3-, 4- and 5-gram fit
        for (int p = 0; p < full; p++) {
            sum += w[g3[p]];
            sum += w[g4[p]];
            sum += w[g5[p]];
        }
        for (int p = full; p < span; p++) {
            sum += w[g3[p]];
            if (p + 4 <= len) {
                sum += w[g4[p]];
            }
        }
        return sum;
    }

    /** How many 3..5-grams a padded text of this length has. */
    private static int charGramCount(int len) {
        int count = 0;
        for (int k = CMIN; k <= CMAX; k++) {
            count += Math.max(0, len - k + 1);
        }
        return count;
    }

    /** Letters, capitals and exclamation marks of the last text {@link #countShape} saw (visible characters). */
    private int letters;
    private int upper;
    private int excl;

    /**
     * Counts the letters, capitals and exclamation marks for the shape features and returns the length of the text
     * without its format characters ({@link TextNormalizer#stripInvisible}): one pass over the text for both. The
     * counts are those of the stripped text, since a format character is never a letter nor '!'.
     */
    private int countShape(String raw) {
        int letters = 0;
        int upper = 0;
        int excl = 0;
        int invisible = 0;
        for (int k = 0, n = raw.length(); k < n; k++) {
            char ch = raw.charAt(k);
            if (ch < 0x80) {
                // Character.isLetter and isUpperCase spelled out for ASCII ('A'..'Z' | 0x20 is 'a'..'z')
                int lower = ch | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    letters++;
                    if (ch <= 'Z') {
                        upper++;
                    }
                } else if (ch == '!') {
                    excl++;
                }
            } else if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            } else if (TextNormalizer.isInvisible(ch)) {
                invisible++;
            }
        }
        this.letters = letters;
        this.upper = upper;
        this.excl = excl;
        return raw.length() - invisible;
    }

    /**
     * The buckets of the four shape features (length, share of capitals, exclamation marks, links) of the visible
     * text, whose letters {@link #countShape} counted, in a reused array.
     */
    private int[] metaIndices(int visibleLength, int urls) {
        int letters = this.letters;
        int upper = this.upper;
        int excl = this.excl;
        int lengthBucket = 32 - Integer.numberOfLeadingZeros(visibleLength / 8);
        int[] meta = this.meta;
        meta[0] = metaIndex(1, Math.min(lengthBucket, 9));
        meta[1] = metaIndex(2, letters < 8 ? 0 : 1 + (upper * 4) / (letters + 1));
        meta[2] = metaIndex(3, Math.min(excl, 3));
        meta[3] = metaIndex(4, Math.min(urls, 3));
        return meta;
    }

    /** How often {@link TextNormalizer#URL_MARKER} occurs in text[0, n). */
    private static int countUrlMarkers(char[] text, int n) {
        int urls = 0;
        for (int k = 0; k < n; k++) {
            if (text[k] == '<' && isUrlMarker(text, n, k)) {
                urls++;
            }
        }
        return urls;
    }

    /** Whether {@link TextNormalizer#URL_MARKER} starts at text[at] (within text[0, n)). */
    private static boolean isUrlMarker(char[] text, int n, int at) {
        String marker = TextNormalizer.URL_MARKER;
        if (at + marker.length() > n) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (text[at + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int metaIndex(int kind, int bucket) {
        return fmix(META_SEED + kind * 0x01000193 + bucket * 0x85ebca6b) & mask;
    }

    /** Word characters (see {@link #isTokenChar}) among ASCII, looked up instead of asking Character. */
    private static final boolean[] ASCII_TOKEN_CHAR = new boolean[128];

    static {
        for (char ch = 0; ch < 128; ch++) {
            ASCII_TOKEN_CHAR[ch] = Character.isLetterOrDigit(ch) || ch == '#' || ch == '<' || ch == '>'
                    || ch == '\'';
        }
    }

    /** Whether c[i] belongs to a word of the text c[0, n). */
    private static boolean isTokenChar(char[] c, int n, int i) {
        char ch = c[i];
        if (ch < 0x80 ? ASCII_TOKEN_CHAR[ch] : Character.isLetterOrDigit(ch)) {
            return true;
        }
        // keep host names ("example.com") together
        return ch == '.' && i > 0 && i + 1 < n && TextNormalizer.isLetterOrDigit(c[i - 1])
                && TextNormalizer.isLetterOrDigit(c[i + 1]);
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
