package io.commentmod.engine;

/**
 * The trigger words of every {@link Trigger} in one table, by their first one to four characters (hashed: a
 * collision only costs a closer look). A comment's word starts are
 * looked up once ({@link NormalizedText#triggerMasks()}): each word gets the set of triggers that may begin there, and
 * a trigger none of whose words can begin anywhere in the comment (most of them, for most comments) skips the comment
 * without looking at a single word. Triggers register when their rule class loads; the table is only ever added to.
 */
final class TriggerIndex {

    /** Triggers are bits of a long; more than this many fall back to scanning every word (correct, slower). */
    static final int CAPACITY = 64;

    private static final int ASCII = 128;
    /** Small enough that the four tables stay in a core's L1 cache; a collision only costs a closer look. */
    private static final int SLOTS = 1024;
    private static final long[] SINGLES = new long[ASCII];
    private static final long[] PAIRS = new long[SLOTS];
    /** By the first three characters of trigger words of exactly three characters; QUADS by the first four. */
    private static final long[] TRIPLES = new long[SLOTS];
    private static final long[] QUADS = new long[SLOTS];
    /** Written after the tables, read before them: a reader that sees a count sees the entries it counts. */
    private static volatile int registered;

    private TriggerIndex() {
    }

    /** Registers a trigger's words; returns its id, or -1 when the index is full. */
    static synchronized int register(String... words) {
        int id = registered;
        if (id >= CAPACITY) {
            return -1;
        }
        long bit = 1L << id;
        for (String word : words) {
            char first = word.charAt(0);
            if (first >= ASCII) {
                throw new IllegalArgumentException("Trigger words must start with an ASCII character: " + word);
            }
            int length = word.length();
            if (length == 1 || word.charAt(1) >= ASCII) {
                SINGLES[first] |= bit;
            } else if (length == 2) {
                PAIRS[slot(first * 31 + word.charAt(1))] |= bit;
            } else if (length == 3) {
                TRIPLES[slot((first * 31 + word.charAt(1)) * 31 + word.charAt(2))] |= bit;
            } else {
                QUADS[slot(((first * 31 + word.charAt(1)) * 31 + word.charAt(2)) * 31 + word.charAt(3))] |= bit;
            }
        }
        registered = id + 1;
        return id;
    }

    /** How many triggers are registered now. */
    static int registered() {
        return registered;
    }

    /** The triggers that may begin at {@code at}, a word start of the text {@code text[0, n)}. */
    static long maskAt(char[] text, int n, int at) {
        char first = text[at];
        if (first >= ASCII) {
            return 0;
        }
        long mask = SINGLES[first];
        if (at + 1 >= n) {
            return mask;
        }
        char second = text[at + 1];
        if (second >= ASCII) {
            return mask;
        }
        int h = first * 31 + second;
        mask |= PAIRS[slot(h)];
        if (at + 2 < n) {
            h = h * 31 + text[at + 2];
            mask |= TRIPLES[slot(h)];
            if (at + 3 < n) {
                mask |= QUADS[slot(h * 31 + text[at + 3])];
            }
        }
        return mask;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 10) ^ (h >>> 20)) & (SLOTS - 1);
    }
}
