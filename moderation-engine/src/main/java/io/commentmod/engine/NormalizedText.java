package io.commentmod.engine;

/**
 * A comment's text in the forms rules match on, with a map back to the original characters so evidence shows what
 * the writer actually typed. Made by {@link TextNormalizer#normalize(String)}; immutable.
 * <ul>
 * <li>{@link #text()}: NFKC, zero-width and format characters (U+200B..U+200F, U+2060, U+FEFF, ...) and combining
 * marks removed, accents dropped, look-alike letters from other scripts folded to Latin, lower case, whitespace and
 * control characters collapsed to single spaces, spaced-out letters joined ("c a s i n o" becomes "casino");</li>
 * <li>{@link #squeezed()}: the same with runs of one letter collapsed ("caaasino" becomes "casino", "free" becomes
 * "fre"), for configured word and phrase lists, which are squeezed the same way.</li>
 * </ul>
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] textStart;
    /** Null when every character of the text stands for exactly one original character. */
    private final int[] textEnd;
    private final String squeezed;
    /** The characters of {@link #text} and {@link #squeezed}, for the rules' inner loops; never written to. */
    private final char[] textChars;
    private final char[] squeezedChars;
    /** Where each character of {@link #squeezed} begins in {@link #text}, and then the text's length. */
    private final int[] squeezedToText;
    private final Stats stats;
    /** Where words start (a letter or digit not preceded by one), ending with -1 or the array's end. */
    private final int[] wordStarts;
    private final int[] squeezedWordStarts;
    private final int[] squeezedWordCodes;
    private final TriggerMasks triggerMasks;

    /**
     * Counts taken while normalizing; the obfuscation, shouting and repetition rules read them. {@code digits} counts
     * '0'..'9' in {@link #text()}: rules about numbers skip texts without enough of them.
     */
    record Stats(int zeroWidthInWords, int disguisedWords, int spacedLetterRuns, int letters, int upperLetters,
            int longestRun, int longestRunStart, int longestRunEnd, boolean truncated, int digits) {
    }

    NormalizedText(String original, char[] textChars, int textLength, int[] textStart, int[] textEnd,
            char[] squeezedChars, int squeezedLength, int[] squeezedToText,
            Stats stats, int[] wordStarts, TriggerMasks triggerMasks, int[] squeezedWordStarts,
            int[] squeezedWordCodes) {
        this.original = original;
        this.text = new String(textChars, 0, textLength);
        this.textChars = textChars;
        this.squeezedChars = squeezedChars;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.squeezed = new String(squeezedChars, 0, squeezedLength);
        this.squeezedToText = squeezedToText;
        this.stats = stats;
        this.wordStarts = wordStarts;
        this.triggerMasks = triggerMasks;
        this.squeezedWordStarts = squeezedWordStarts;
        this.squeezedWordCodes = squeezedWordCodes;
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    /** The normalized text (see the class comment). */
    public String text() {
        return text;
    }

    /** The normalized text with runs of a repeated letter collapsed to one. */
    public String squeezed() {
        return squeezed;
    }

    /**
     * The characters of {@link #text()} (the array may be longer: {@code text().length()} of them count). Shared, not
     * copied, for the loops that run over every character: callers only read it.
     */
    char[] textChars() {
        return textChars;
    }

    /** The same for {@link #squeezed()}. */
    char[] squeezedChars() {
        return squeezedChars;
    }

    /** The original characters behind {@code text().substring(start, end)}, trimmed. */
    public String originalOfText(int start, int end) {
        return span(textStart, textEnd, text.length(), start, end);
    }

    /** The original characters behind {@code squeezed().substring(start, end)}, trimmed. */
    public String originalOfSqueezed(int start, int end) {
        if (start >= end || start < 0 || end > squeezed.length()) {
            return "";
        }
        // a squeezed character stands for the run of equal letters up to where the next one begins
        return originalOfText(squeezedToText[start], squeezedToText[end]);
    }

    /**
     * Where words start in {@link #text()} (a letter or digit not preceded by one); the rules' patterns are tried
     * there only. The array may be longer than the number of word starts: the last entry is followed by -1 or ends
     * the array.
     */
    int[] wordStarts() {
        return wordStarts;
    }

    /**
     * For each word start of {@link #text()}, the {@link TriggerIndex triggers} that may begin there, their union, and
     * how many triggers were registered when they were computed (a trigger registered later must scan for itself).
     */
    record TriggerMasks(long[] perWord, long present, int registered) {
    }

    TriggerMasks triggerMasks() {
        return triggerMasks;
    }


    /** The same for {@link #squeezed()}. */
    int[] squeezedWordStarts() {
        return squeezedWordStarts;
    }

    /** For each entry of {@link #squeezedWordStarts()}, its {@link WordStartFilter#code code}. */
    int[] squeezedWordCodes() {
        return squeezedWordCodes;
    }

    /** Whether the original was looked at only in part because it is longer than the engine analyses. */
    public boolean truncated() {
        return stats.truncated();
    }

    Stats stats() {
        return stats;
    }

    /** The offset arrays may be longer than the text they map (spare capacity is not copied away). */
    private String span(int[] starts, int[] ends, int length, int start, int end) {
        if (start >= end || start < 0 || end > length) {
            return "";
        }
        // no ends: every character's original is one character long
        int last = ends == null ? starts[end - 1] + 1 : ends[end - 1];
        return original.substring(starts[start], last).strip();
    }
}
