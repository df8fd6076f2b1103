package io.commentmod.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * Turns comment text into the forms the rules match on (see {@link NormalizedText}). Spammers write "cаsino" with a
 * Cyrillic "а", hide zero-width characters inside words, or space letters out; matching on the normalized form makes
 * those tricks useless, and counting them gives the obfuscation rule its evidence.
 * <p>
 * Every character of the Basic Multilingual Plane is folded through a table computed once (NFKC, ICU's confusable
 * skeletons mapped back to the Latin letter they imitate, lower case), so normalizing costs a table look-up per
 * character. Thread-safe and deterministic.
 */
public final class TextNormalizer {

    /**
     * The engine analyses at most this many characters of a comment (the ingest API accepts 5,000): patterns stay
     * linear in practice, and a pathological megabyte of text cannot stall the consumer.
     */
    public static final int MAX_ANALYZED_CHARS = 20_000;

    /** Spaced-out letters count as one word from this many letters on ("c a s i n o"); "a I" stays as it is. */
    static final int SPACED_RUN_MIN = 4;

    private static final byte ASCII = 0;
    private static final byte ACCENTED = 1;
    private static final byte DISGUISED = 2;
    private static final byte OTHER = 3;
    private static final byte FORMAT = 4;
    private static final byte MARK = 5;
    private static final byte SPACE = 6;

    private TextNormalizer() {
    }

    /** Normalizes one comment; never throws for a non-null string (lone surrogates and controls included). */
    public static NormalizedText normalize(String original) {
        String input = original == null ? "" : original;
        boolean truncated = input.length() > MAX_ANALYZED_CHARS;
        String analysed = truncated ? input.substring(0, MAX_ANALYZED_CHARS) : input;
        return new Builder(input, analysed, truncated).build();
    }

    /**
     * The key under which the service counts how often the same text was posted ({@code duplicateCount} of the
     * context): normalized and squeezed, letters and digits only, words separated by single spaces. Two texts that
     * differ only by case, look-alike letters, zero-width characters, punctuation or stretched letters share a key.
     */
    public static String duplicateKey(String text) {
        String squeezed = normalize(text).squeezed();
        StringBuilder key = new StringBuilder(squeezed.length());
        boolean gap = false;
        for (int i = 0; i < squeezed.length(); i++) {
            char c = squeezed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(c);
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /** A configured word or phrase in the form it is matched in ({@link NormalizedText#squeezed()}). */
    public static String matchForm(String phrase) {
        return normalize(phrase).squeezed().strip();
    }

    /** The folded form of one BMP character, and what kind of character it was. Built once per JVM. */
    private static final class Table {

        static final String[] FOLD = new String[0x10000];
        static final byte[] KIND = new byte[0x10000];

        static {
            Normalizer2 nfkc = Normalizer2.getNFKCInstance();
            Normalizer2 nfd = Normalizer2.getNFDInstance();
            SpoofChecker spoof = new SpoofChecker.Builder().build();
            Map<String, String> latinBySkeleton = new HashMap<>();
            // lower-case letters first: the skeleton of "I" is "l", and a disguised "і" must still become "i"
            String ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                    + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
            for (int i = 0; i < ascii.length(); i++) {
                String c = String.valueOf(ascii.charAt(i));
                latinBySkeleton.putIfAbsent(spoof.getSkeleton(c), c.toLowerCase(Locale.ROOT));
            }
            for (int c = 0; c < 0x10000; c++) {
                fill(c, nfkc, nfd, spoof, latinBySkeleton);
            }
        }

        private static void fill(int c, Normalizer2 nfkc, Normalizer2 nfd, SpoofChecker spoof,
                Map<String, String> latinBySkeleton) {
            if (c < 0x80) {
                boolean control = c < 0x20 || c == 0x7f || c == ' ';
                FOLD[c] = control ? " " : String.valueOf(Character.toLowerCase((char) c));
                KIND[c] = control ? SPACE : ASCII;
                return;
            }
            if (Character.isSurrogate((char) c)) {
                // only reached for a lone surrogate: pairs are folded as code points
                FOLD[c] = " ";
                KIND[c] = SPACE;
                return;
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                FOLD[c] = "";
                KIND[c] = FORMAT;
                return;
            }
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                FOLD[c] = "";
                KIND[c] = MARK;
                return;
            }
            if (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.CONTROL
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                FOLD[c] = " ";
                KIND[c] = SPACE;
                return;
            }
            String s = String.valueOf((char) c);
            String compat = nfkc.normalize(s);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            if (isAscii(compat) && !compat.isBlank()) {
                FOLD[c] = compat.toLowerCase(Locale.ROOT);
                KIND[c] = letterOrDigit ? DISGUISED : OTHER;
                return;
            }
            String base = stripMarks(nfd.normalize(compat));
            if (isAscii(base) && !base.isEmpty()) {
                FOLD[c] = base.toLowerCase(Locale.ROOT);
                KIND[c] = letterOrDigit ? ACCENTED : OTHER;
                return;
            }
            // marks stripped here too, so folding a folded character changes nothing
            String lower = (base.isEmpty() ? compat : base).toLowerCase(Locale.ROOT);
            String latin = latinBySkeleton.get(spoof.getSkeleton(lower));
            if (latin != null) {
                FOLD[c] = latin;
                KIND[c] = letterOrDigit ? DISGUISED : OTHER;
                return;
            }
            FOLD[c] = lower;
            KIND[c] = OTHER;
        }

        private static String stripMarks(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                int type = Character.getType(s.charAt(i));
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                    out.append(s.charAt(i));
                }
            }
            return out.toString();
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Folding of code points outside the BMP: mathematical alphanumerics become ASCII, emoji stay. */
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** One normalization; not shared between threads. */
    private static final class Builder {

        private final String original;
        private final String input;
        private final boolean truncated;

        /** The normalized characters; a plain array, several times cheaper per character than a StringBuilder. */
        private char[] out;
        private int outLength;
        private int[] starts;
        /**
         * Where each folded character's original ends; null while that is always one past its start (the usual case:
         * ASCII, one character for one), created when a character is wider or drops marks into the one before it.
         */
        private int[] ends;

        private int zeroWidthInWords;
        private int disguisedWords;
        private int letters;
        private int upperLetters;
        private int longestRun;
        private int longestRunStart;
        private int longestRunEnd;

        // the word being read: letters by kind
        private int wordAscii;
        private int wordDisguised;
        private int wordOther;
        private boolean formatAfterLetter;

        Builder(String original, String input, boolean truncated) {
            this.original = original;
            this.input = input;
            this.truncated = truncated;
            this.out = new char[input.length() + 16];
            this.starts = new int[input.length() + 16];
        }

        NormalizedText build() {
            fold();
            char[] chars;
            int length;
            int[] textStarts;
            int[] textEnds;
            if (mostSinglesInARow >= SPACED_RUN_MIN && joinSpacedLetters()) {
                chars = joined;
                length = joinedLength;
                textStarts = joinedStarts;
                textEnds = joinedEnds;
            } else {
                // nothing spelled out (most comments): the folded characters are the text
                chars = out;
                length = outLength;
                textStarts = starts;
                textEnds = ends;
            }
            // one pass over the characters for the squeezed form, the word starts of both forms and the trigger
            // masks: every rule needs them
            int[] sqToText = new int[length + 1];
            char[] squeezed = new char[length];
            int registered = TriggerIndex.registered();
            // room for a word every four characters to start with (most texts have fewer), grown when needed
            int[] wordStarts = new int[length / 4 + 2];
            long[] masks = new long[wordStarts.length];
            int words = 0;
            int[] sqWordStarts = new int[wordStarts.length];
            int sqWords = 0;
            boolean previousWord = false;
            boolean previousSqWord = false;
            int digits = 0;
            char last = 0;
            int n = 0;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                boolean word = isLetterOrDigit(c);
                if (c >= '0' && c <= '9') {
                    digits++;
                }
                if (word && !previousWord) {
                    if (words == wordStarts.length - 1) {
                        wordStarts = Arrays.copyOf(wordStarts, wordStarts.length * 2);
                        masks = Arrays.copyOf(masks, wordStarts.length);
                    }
                    wordStarts[words] = i;
                    masks[words++] = TriggerIndex.maskAt(chars, length, i);
                }
                previousWord = word;
                if (n > 0 && c == last && isLetter(c)) {
                    continue; // a repeated letter: part of the squeezed character before it
                }
                if (word && !previousSqWord) {
                    if (sqWords == sqWordStarts.length - 1) {
                        sqWordStarts = Arrays.copyOf(sqWordStarts, sqWordStarts.length * 2);
                    }
                    sqWordStarts[sqWords++] = n;
                }
                previousSqWord = word;
                squeezed[n] = c;
                sqToText[n] = i;
                last = c;
                n++;
            }
            sqToText[n] = length;
            wordStarts[words] = -1;
            sqWordStarts[sqWords] = -1;
            int[] sqCodes = new int[sqWordStarts.length];
            for (int w = 0; w < sqWords; w++) {
                sqCodes[w] = WordStartFilter.code(squeezed, n, sqWordStarts[w]);
            }
            NormalizedText.Stats stats = new NormalizedText.Stats(zeroWidthInWords, disguisedWords, spacedRuns,
                    letters, upperLetters, longestRun, longestRunStart, longestRunEnd, truncated, digits);
            return new NormalizedText(original, chars, length, textStarts, textEnds, squeezed, n, sqToText, stats,
                    wordStarts,
                    new NormalizedText.TriggerMasks(masks, or(masks, words), registered), sqWordStarts, sqCodes);
        }

        private static long or(long[] masks, int count) {
            long all = 0;
            for (int w = 0; w < count; w++) {
                all |= masks[w];
            }
            return all;
        }

        /** {@link Character#isLetterOrDigit(char)} with the ASCII answer first. */
        private static boolean isLetterOrDigit(char c) {
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            }
            return Character.isLetterOrDigit(c);
        }

        private void fold() {
            int runCodePoint = -1;
            int runLength = 0;
            int runStart = 0;
            int length = input.length();
            // the characters copied out once: a plain array is read faster than String.charAt in the loop below
            char[] in = new char[length];
            input.getChars(0, length, in, 0);
            // the hot state of the ASCII loop in locals, written back before anything else may read it
            char[] out = this.out;
            int[] starts = this.starts;
            int[] ends = this.ends;
            int n = 0;
            int letters = 0;
            int upperLetters = 0;
            int i = 0;
            while (i < length) {
                char ch = in[i];
                if (ch < 0x80) {
                    // the common case, without table look-ups or code point arithmetic
                    boolean upper = ch >= 'A' && ch <= 'Z';
                    boolean letter = upper || ch >= 'a' && ch <= 'z';
                    if (letter) {
                        letters++;
                        if (upper) {
                            upperLetters++;
                        }
                    }
                    if (ch == runCodePoint) {
                        runLength++;
                        if (runLength > longestRun && ch != ' ' && (ch < '0' || ch > '9') && ch >= 0x20) {
                            longestRun = runLength;
                            longestRunStart = runStart;
                            longestRunEnd = i + 1;
                        }
                    } else {
                        runCodePoint = ch;
                        runLength = 1;
                        runStart = i;
                        if (longestRun == 0 && ch > 0x20 && (ch < '0' || ch > '9')) {
                            longestRun = 1;
                            longestRunStart = i;
                            longestRunEnd = i + 1;
                        }
                    }
                    if (n == out.length) {
                        outLength = n;
                        grow();
                        out = this.out;
                        starts = this.starts;
                        ends = this.ends;
                    }
                    if (ch <= 0x20 || ch == 0x7f) {
                        formatAfterLetter = false;
                        endWord();
                        if (n > 0 && out[n - 1] != ' ') { // no leading or repeated whitespace
                            out[n] = ' ';
                            starts[n] = i;
                            if (ends != null) {
                                ends[n] = i + 1;
                            }
                            n++;
                        }
                    } else {
                        if (letter) {
                            if (formatAfterLetter) {
                                zeroWidthInWords++;
                            }
                            wordAscii++;
                        } else {
                            endWord();
                        }
                        formatAfterLetter = false;
                        out[n] = upper ? (char) (ch + 32) : ch;
                        starts[n] = i;
                        if (ends != null) {
                            ends[n] = i + 1;
                        }
                        n++;
                    }
                    i++;
                    continue;
                }
                outLength = n;
                int cp = Character.codePointAt(in, i);
                int width = Character.charCount(cp);
                int next = i + width;
                // statistics on the text as written
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.isUpperCase(cp)) {
                        upperLetters++;
                    }
                }
                if (cp == runCodePoint) {
                    runLength++;
                } else {
                    runCodePoint = cp;
                    runLength = 1;
                    runStart = i;
                }
                if (runLength > longestRun && !Character.isWhitespace(cp) && !Character.isDigit(cp)) {
                    longestRun = runLength;
                    longestRunStart = runStart;
                    longestRunEnd = next;
                }

                String folded;
                byte kind;
                if (cp < 0x10000) {
                    folded = Table.FOLD[cp];
                    kind = Table.KIND[cp];
                } else {
                    folded = foldSupplementary(cp);
                    kind = folded.isEmpty() ? FORMAT : Character.isLetterOrDigit(cp) && folded.charAt(0) < 0x80
                            ? DISGUISED : OTHER;
                }
                accept(folded, kind, cp, i, next);
                i = next;
                n = outLength;
                out = this.out;
                starts = this.starts;
                ends = this.ends;
            }
            outLength = n;
            this.letters = letters;
            this.upperLetters = upperLetters;
            endWord();
        }

        private static String foldSupplementary(int cp) {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return "";
            }
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return " ";
            }
            if (Character.isLetterOrDigit(cp)) {
                return NFKC.normalize(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT);
            }
            return new String(Character.toChars(cp));
        }

        private void accept(String folded, byte kind, int cp, int from, int to) {
            if (kind == FORMAT) {
                // U+FEFF is a byte-order mark left by copy and paste or scraping, not a trick: never counted
                if (cp != 0xFEFF && lastIsLetter()) {
                    formatAfterLetter = true;
                }
                return;
            }
            if (kind == MARK) {
                extendLast(to);
                return;
            }
            if (kind == SPACE) {
                acceptSpace(from, to);
                return;
            }
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                boolean letter = Character.isLetter(c);
                if (letter) {
                    if (formatAfterLetter) {
                        zeroWidthInWords++;
                    }
                    if (kind == DISGUISED) {
                        wordDisguised++;
                    } else if (kind == OTHER) {
                        wordOther++;
                    } else {
                        wordAscii++;
                    }
                } else {
                    endWord();
                }
                formatAfterLetter = false;
                append(c, from, to);
            }
        }

        private void acceptSpace(int from, int to) {
            formatAfterLetter = false;
            endWord();
            int n = outLength;
            if (n == 0 || out[n - 1] == ' ') {
                return; // leading or repeated whitespace
            }
            append(' ', from, to);
        }

        private boolean lastIsLetter() {
            return outLength > 0 && Character.isLetter(out[outLength - 1]);
        }

        private void extendLast(int to) {
            if (outLength > 0) {
                materializeEnds();
                ends[outLength - 1] = to;
            }
        }

        private void append(char c, int from, int to) {
            int n = outLength;
            if (n == out.length) {
                grow();
            }
            if (to != from + 1) {
                materializeEnds();
            }
            out[n] = c;
            outLength = n + 1;
            starts[n] = from;
            if (ends != null) {
                ends[n] = to;
            }
        }

        /** Creates {@link #ends} for the characters so far, if it does not exist yet. */
        private void materializeEnds() {
            if (ends == null) {
                ends = new int[out.length];
                for (int k = 0; k < outLength; k++) {
                    ends[k] = starts[k] + 1;
                }
            }
        }

        /** Doubles the room for folded characters (a character may fold to several). */
        private void grow() {
            int size = out.length * 2;
            starts = Arrays.copyOf(starts, size);
            if (ends != null) {
                ends = Arrays.copyOf(ends, size);
            }
            out = Arrays.copyOf(out, size);
        }

        /** A word mixing Latin with look-alikes ("cаsino"), or made only of look-alikes, is disguised. */
        private void endWord() {
            int wordLength = wordAscii + wordDisguised + wordOther;
            if (wordLength == 1) {
                singlesInARow++;
                mostSinglesInARow = Math.max(mostSinglesInARow, singlesInARow);
            } else if (wordLength > 1) {
                singlesInARow = 0;
            }
            if (wordDisguised == 0) {
                wordAscii = 0;
                wordOther = 0;
                return;
            }
            int length = wordAscii + wordDisguised + wordOther;
            if (wordDisguised > 0 && (wordAscii > 0 || (wordOther == 0 && length >= 3))) {
                disguisedWords++;
            }
            wordAscii = 0;
            wordDisguised = 0;
            wordOther = 0;
        }

        private int spacedRuns;
        /**
         * One-letter words with no longer word between them, and the most of them so far: with fewer than
         * {@link #SPACED_RUN_MIN} there is nothing to join.
         */
        private int singlesInARow;
        private int mostSinglesInARow;

        /** The text with spaced-out letters joined, when {@link #joinSpacedLetters} joined any. */
        private char[] joined;
        private int joinedLength;
        private int[] joinedStarts;
        private int[] joinedEnds;

        /**
         * Removes the separators between four or more single letters in a row: "b u y" stays, "c a s i n o" joins.
         * Returns whether it joined any (the result is then in {@link #joined} and its offsets).
         */
        private boolean joinSpacedLetters() {
            int n = outLength;
            char[] out = this.out;
            boolean[] drop = null;
            int runStart = -1;
            int runLetters = 0;
            int last = -10;
            boolean previous = false;
            boolean current = n > 0 && isLetter(out[0]);
            for (int i = 0; i < n; i++) {
                boolean next = i + 1 < n && isLetter(out[i + 1]);
                boolean single = current && !previous && !next;
                previous = current;
                current = next;
                if (!single) {
                    continue;
                }
                if (runLetters > 0 && i == last + 2 && isSeparator(out[i - 1])) {
                    runLetters++;
                } else {
                    drop = closeRun(drop, runStart, runLetters, n);
                    runStart = i;
                    runLetters = 1;
                }
                last = i;
            }
            drop = closeRun(drop, runStart, runLetters, n);
            if (drop == null) {
                return false;
            }
            char[] chars = new char[n];
            int length = 0;
            int[] js = new int[n];
            int[] je = ends == null ? null : new int[n];
            for (int k = 0; k < n; k++) {
                if (!drop[k]) {
                    js[length] = starts[k];
                    if (je != null) {
                        je[length] = ends[k];
                    }
                    chars[length++] = out[k];
                }
            }
            joined = chars;
            joinedLength = length;
            joinedStarts = js;
            joinedEnds = je;
            return true;
        }

        private boolean[] closeRun(boolean[] drop, int runStart, int runLetters, int n) {
            if (runLetters < SPACED_RUN_MIN) {
                return drop;
            }
            boolean[] marks = drop == null ? new boolean[n] : drop;
            for (int k = 1; k < runLetters; k++) {
                marks[runStart + 2 * k - 1] = true;
            }
            spacedRuns++;
            return marks;
        }

        /** {@link Character#isLetter(char)} with the ASCII answer first: nearly every character here is ASCII. */
        private static boolean isLetter(char c) {
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            }
            return Character.isLetter(c);
        }

        private static boolean isSeparator(char c) {
            return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '\u00b7' || c == '|' || c == '/';
        }
    }
}
