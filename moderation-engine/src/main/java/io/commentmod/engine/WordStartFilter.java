package io.commentmod.engine;

/**
 * The first two characters a set of words can begin with, as a bit set. {@link NormalizedText} codes each word start
 * of the squeezed text once; a {@link PhraseList} then rules out nearly every word with one bit test before it walks
 * its {@link PrefixTrie}. (The built-in patterns share one {@link TriggerIndex} instead.)
 */
final class WordStartFilter {

    private static final int ASCII = 128;
    /** The code of a word start the filter cannot judge (a character outside ASCII): always looked at. */
    static final int UNKNOWN = -1;

    private final long[] pairs = new long[ASCII * ASCII / 64];
    /** First characters of one-character words, which begin whatever word starts with that character. */
    private final boolean[] singles = new boolean[ASCII];

    /** The code of the word starting at {@code at} of {@code text[0, n)}: its first two characters, or {@link #UNKNOWN}. */
    static int code(char[] text, int n, int at) {
        char first = text[at];
        char second = at + 1 < n ? text[at + 1] : ' ';
        return first < ASCII && second < ASCII ? first * ASCII + second : UNKNOWN;
    }

    /** Adds a word (a trigger, a phrase's first word). */
    void add(String word) {
        char first = word.charAt(0);
        if (first >= ASCII) {
            return; // its words start with UNKNOWN codes, which always pass
        }
        if (word.length() == 1) {
            singles[first] = true;
            return;
        }
        char second = word.charAt(1);
        if (second >= ASCII) {
            singles[first] = true; // cannot be coded: let every word with this first character through
            return;
        }
        int bit = first * ASCII + second;
        pairs[bit >>> 6] |= 1L << bit;
    }

    /** False when no added word can begin a word with this code; true means "look closer". */
    boolean mayStart(int code) {
        if (code == UNKNOWN) {
            return true;
        }
        if (singles[code / ASCII]) {
            return true;
        }
        return (pairs[code >>> 6] & (1L << code)) != 0;
    }
}
