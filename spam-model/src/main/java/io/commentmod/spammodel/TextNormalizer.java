package io.commentmod.spammodel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical form of a comment for feature extraction, in one linear pass per step (no backtracking regexes: this
 * runs for every comment):
 * <ol>
 * <li>format characters removed (Unicode category Cf: U+FEFF byte-order marks, zero-width spaces and joiners, soft
 * hyphens, bidi controls): invisible, so never a signal to learn from;</li>
 * <li>NFKC (full-width and styled letters become plain ones);</li>
 * <li>HTML markup reduced to its text: tags dropped (a link's {@code href} kept), entities decoded;</li>
 * <li>lower case;</li>
 * <li>URLs, also spaced out ("example . com", "example dot com"), become {@code <url>} followed by their host;</li>
 * <li>obfuscation undone: letters spaced out ("c h e c k") joined, digits for letters inside a word ("v1sit")
 * folded back, Cyrillic and Greek look-alikes in a Latin word folded to Latin;</li>
 * <li>other runs of digits become {@code #}; a character repeated more than three times is cut to three;</li>
 * <li>white space collapsed to single spaces.</li>
 * </ol>
 */
public final class TextNormalizer {

    /** The marker a URL leaves in the normalized text, followed by its host. */
    public static final String URL_MARKER = "<url>";

    /**
     * Top-level domains recognised without a scheme ("example.com"). Short ones that are also common English words
     * ("in", "be", "me", "to", "it", "us", "so") are left out: "www." or a scheme still marks those as links.
     */
    private static final Set<String> TLDS = Set.of("com", "net", "org", "info", "biz", "io", "ly", "tv", "gl", "uk",
            "de", "ru", "fr", "nl", "pl", "br", "ca", "au", "eu", "xyz", "site", "online", "club", "top", "shop",
            "store", "app", "link", "click", "live", "blog", "ws", "cc", "tk", "ml", "ga", "cf", "gov", "edu", "ch",
            "es", "jp", "cn", "kr", "mx", "ar", "cz", "se", "no", "fi", "dk", "at", "ro", "gr", "pt", "hu", "tr",
            "za", "nz", "sg", "vn", "ph", "id", "my", "pk", "ua", "ir", "il");

    /** Spelled-out separators that may be put between a name and its TLD. */
    private static final Set<String> SPACED_DOTS = Set.of(".", "dot", "(dot)", "[dot]", "(.)", "[.]");

    /** TLDs accepted in a spaced-out link ("example dot com"). */
    private static final Set<String> SPACED_TLDS = Set.of("com", "net", "org", "info", "biz");

    private TextNormalizer() {
    }

    /** Removes every format character (Unicode category Cf), e.g. U+FEFF, U+200B..U+200F, U+2060, U+00AD. */
    public static String stripInvisible(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isInvisible(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isInvisible(char c) {
        return c >= 0xAD && Character.getType(c) == Character.FORMAT;
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return normalizeVisible(stripInvisible(text));
    }

    /** {@link #normalize} of a text {@link #stripInvisible} already went through. */
    static String normalizeVisible(String s) {
        if (s.isEmpty()) {
            return s;
        }
        Chars out = new Chars(s.length() + 16);
        normalize(s, false, new Chars(s.length()), out);
        return out.toString();
    }

    /**
     * {@link #normalize(String)} into {@code out} (cleared first), with {@code in} as scratch space; when
     * {@code withInvisible} is false the text is known to hold no format character ({@link #stripInvisible} is then
     * skipped). No String is created for a text without markup made of characters NFKC leaves alone (among them all
     * plain ASCII; format characters removed in place). The scoring path calls this once per comment with buffers it
     * keeps, so there the normalized text never becomes a String.
     */
    static void normalize(String raw, boolean withInvisible, Chars in, Chars out) {
        out.length = 0;
        loadVisible(raw, withInvisible, in);
        int n = in.length;
        if (n == 0) {
            return;
        }
        int stop = lowerCasePlainAscii(in.chars, n);
        if (stop < n) {
            prepare(raw, withInvisible, in, out, stop);
        }
        rewriteChunks(in.chars, in.length, out);
    }

    /**
     * Lower-cases c[0, n) in place while it is ASCII without '<' and '&' (for such a text NFKC, tags and entities
     * have nothing to do: lower-casing is all that happens before {@link #rewriteChunks}); returns where it stopped,
     * n for such a text.
     */
    private static int lowerCasePlainAscii(char[] c, int n) {
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch >= 0x80 || ch == '<' || ch == '&') {
                return i;
            }
            if (ch >= 'A' && ch <= 'Z') {
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return n;
    }

    /** Puts raw into in without its format characters (removed in place when withInvisible). */
    private static void loadVisible(String raw, boolean withInvisible, Chars in) {
        in.length = 0;
        in.ensureRoom(raw.length());
        raw.getChars(0, raw.length(), in.chars, 0);
        in.length = withInvisible ? removeInvisible(in.chars, raw.length()) : raw.length();
    }

    /** {@link #stripInvisible} in place on c[0, n); returns the new length. */
    private static int removeInvisible(char[] c, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (!isInvisible(ch)) {
                c[k++] = ch;
            }
        }
        return k;
    }

    /**
     * The steps before the rewrite for a text that is not plain ASCII: NFKC, tags, entities, lower case (each only
     * when it may change something). {@code in} holds the visible text, lower-cased up to {@code stop}, and gets the
     * result; {@code out} serves as scratch space ({@link #rewriteChunks} fills it afterwards). The usual such text
     * (accents, emoji, other scripts; no markup) is only lower-cased, in place: the Normalizer calls and String copies
     * it used to go through cost more than all the rest of the scoring.
     */
    private static void prepare(String raw, boolean withInvisible, Chars in, Chars out, int stop) {
        boolean nfkcInert = NfkcInert.all(in.chars, stop, in.length);
        if (nfkcInert && !hasMarkup(in.chars, stop, in.length)
                && !hasLowerCaseExceptions(in.chars, stop, in.length)) {
            lowerCaseInPlace(in.chars, stop, in.length);
            return;
        }
        // the general path starts again from the visible text: lower-casing before NFKC could change what it
        // composes ("W" with U+030A stays two characters, "w" with it becomes U+1E98)
        loadVisible(raw, withInvisible, in);
        if (!nfkcInert) {
            nfkc(in.chars, in.length, out);
            in.length = 0;
            in.append(out.chars, 0, out.length);
            out.length = 0;
        }
        in.length = stripTags(in.chars, in.length);
        in.length = decodeEntities(in.chars, in.length);
        if (hasLowerCaseExceptions(in.chars, 0, in.length)) {
            String lower = new String(in.chars, 0, in.length).toLowerCase(Locale.ROOT);
            in.length = 0;
            in.append(lower);
        } else {
            lowerCaseInPlace(in.chars, 0, in.length);
        }
    }

    /**
     * Writes {@code stripInvisible(Normalizer.normalize(text, NFKC))} of the text in c[0, n) to dst, giving the
     * Normalizer only the stretches around characters that are not {@link NfkcInert}. Exact because NFKC never
     * reaches across an inert character (UAX #15: it neither combines with what precedes it nor is reordered, so the
     * text may be cut before it and each piece normalized on its own): a stretch starts at the inert character before
     * the first non-inert one (they may compose, as "e" and U+0301 do) and ends before the next inert character.
     */
    private static void nfkc(char[] c, int n, Chars dst) {
        dst.length = 0;
        int i = 0;
        while (i < n) {
            // a run of inert code points is copied as it is, but for its last one when a stretch follows
            int run = i;
            int last = -1;
            int cp;
            while (i < n && NfkcInert.contains(cp = Character.codePointAt(c, i, n))) {
                last = i;
                i += Character.charCount(cp);
            }
            if (i == n) {
                dst.append(c, run, n);
                return;
            }
            int from = last >= 0 ? last : i; // -1 only at the start: a stretch always ends before an inert one
            dst.append(c, run, from);
            int end = i;
            do {
                end += Character.charCount(Character.codePointAt(c, end, n));
            } while (end < n && !NfkcInert.contains(Character.codePointAt(c, end, n)));
            String stretch = new String(c, from, end - from);
            dst.append(stripInvisible(Normalizer.normalize(stretch, Normalizer.Form.NFKC)));
            i = end;
        }
    }

    private static boolean hasMarkup(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] == '<' || c[i] == '&') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code String.toLowerCase(Locale.ROOT)} of c[from, to) does anything else than map each char on its own
     * with {@link Character#toLowerCase(int)}, as it does for all but a few: U+0130 (two chars in lower case), U+03A3
     * (final sigma depends on the context), a lone surrogate, a supplementary character that has a lower case.
     */
    private static boolean hasLowerCaseExceptions(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                continue;
            }
            if (Character.isSurrogate(ch)) {
                if (!Character.isHighSurrogate(ch) || i + 1 >= to || !Character.isLowSurrogate(c[i + 1])) {
                    return true;
                }
                int cp = Character.toCodePoint(ch, c[++i]);
                if (Character.toLowerCase(cp) != cp) {
                    return true;
                }
            } else if (ch == '\u0130' || ch == '\u03a3' || Character.toLowerCase((int) ch) > Character.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-cases c[from, to) in place, char by char: {@code String.toLowerCase(Locale.ROOT)} for a text without
     * {@link #hasLowerCaseExceptions} (the halves of its surrogate pairs stay as they are).
     */
    private static void lowerCaseInPlace(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch >= 'A' && ch <= 'Z') {
                    c[i] = (char) (ch + ('a' - 'A'));
                }
            } else {
                c[i] = Character.toLowerCase(ch);
            }
        }
    }

    /**
     * The code points NFKC leaves alone in any text made only of them: for such a text {@link Normalizer#isNormalized}
     * is known to be true without asking. By the quick check of UAX #15 these are the characters with
     * NFKC_Quick_Check=Yes and canonical combining class 0; derived here from the JDK's own normalizer (the one the
     * general path asks), leaving out, to be safe, more than strictly needed:
     * <ul>
     * <li>code points NFKC changes when alone (NFKC_QC=No);</li>
     * <li>those that may combine with a preceding character (NFKC_QC=Maybe): every code point after the first in the
     * canonical decomposition of some character (this covers the second of every composition pair), all marks
     * (categories Mn, Mc, Me, where every nonzero combining class lies) and all Hangul jamo;</li>
     * <li>unassigned code points and surrogates (a supplementary character is looked up by its code point).</li>
     * </ul>
     * Covers the BMP and plane 1 (emoji); other code points take the general path. A holder class: the table is built
     * (0.1 to 0.2 s) when the first text that is not plain ASCII comes.
     */
    static final class NfkcInert {

        private static final int LIMIT = 0x20000;

        /** One bit per code point below LIMIT. */
        private static final long[] BITS = build();

        private NfkcInert() {
        }

        /** Whether every code point in c[from, to) is NFKC-inert (a lone surrogate is not). */
        static boolean all(char[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                int cp = c[i];
                if (Character.isHighSurrogate(c[i]) && i + 1 < to && Character.isLowSurrogate(c[i + 1])) {
                    cp = Character.toCodePoint(c[i], c[++i]);
                }
                if (!contains(cp)) {
                    return false;
                }
            }
            return true;
        }

        static boolean contains(int cp) {
            return cp < LIMIT && (BITS[cp >>> 6] & (1L << cp)) != 0;
        }

        private static long[] build() {
            boolean[] combinesBackward = new boolean[LIMIT];
            for (int cp = 0x80; cp < LIMIT; cp++) {
                boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
                String s = Character.toString(cp);
                if (!surrogate && !Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
                    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
                    for (int k = Character.offsetByCodePoints(d, 0, 1); k < d.length();
                            k += Character.charCount(d.codePointAt(k))) {
                        int later = d.codePointAt(k);
                        if (later < LIMIT) {
                            combinesBackward[later] = true;
                        }
                    }
                }
            }
            long[] bits = new long[LIMIT / 64];
            for (int cp = 0; cp < LIMIT; cp++) {
                if (!combinesBackward[cp] && isInertAlone(cp)) {
                    bits[cp >>> 6] |= 1L << cp;
                }
            }
            return bits;
        }

        /** A character that by its category can not combine backwards and that NFKC leaves alone on its own. */
        private static boolean isInertAlone(int cp) {
            if (cp < 0x80) {
                return true; // ASCII
            }
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return false;
            }
            if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F)
                    || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
                return false; // Hangul jamo: they compose into syllables
            }
            return Normalizer.isNormalized(Character.toString(cp), Normalizer.Form.NFKC);
        }
    }

    /**
     * Drops tags such as {@code <br />} and {@code <a href="...">} (keeping the href), up to 400 characters each, in
     * place in c[0, n); returns the new length (what a tag leaves is always shorter than the tag).
     */
    private static int stripTags(char[] c, int n) {
        int k = 0;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch == '<' && i + 1 < n && (isAsciiLetter(c[i + 1]) || c[i + 1] == '/')) {
                int end = indexOf(c, i + 1, n, '>');
                if (end > 0 && end - i <= 400) {
                    String tag = new String(c, i + 1, end - i - 1);
                    int href = indexOfIgnoreCase(tag, "href=");
                    c[k++] = ' ';
                    if (href >= 0) {
                        int v = href + 5;
                        char q = v < tag.length() ? tag.charAt(v) : ' ';
                        int vs = q == '"' || q == '\'' ? v + 1 : v;
                        int ve = vs;
                        while (ve < tag.length() && tag.charAt(ve) != q && !(q != '"' && q != '\''
                                && Character.isWhitespace(tag.charAt(ve)))) {
                            ve++;
                        }
                        tag.getChars(vs, ve, c, k);
                        k += ve - vs;
                        c[k++] = ' ';
                    }
                    i = end + 1;
                    continue;
                }
            }
            c[k++] = ch;
            i++;
        }
        return k;
    }

    private static int indexOfIgnoreCase(String s, String what) {
        for (int i = 0; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Decodes numeric entities and the common named ones in place in c[0, n); returns the new length (an entity takes
     * at least three characters and gives at most two).
     */
    private static int decodeEntities(char[] c, int n) {
        int k = 0;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch == '&') {
                int end = indexOf(c, i + 1, n, ';');
                if (end > i + 1 && end - i <= 10) {
                    int cp = entity(new String(c, i + 1, end - i - 1));
                    if (cp >= 0) {
                        k += Character.toChars(cp, c, k);
                        i = end + 1;
                        continue;
                    }
                }
            }
            c[k++] = ch;
            i++;
        }
        return k;
    }

    private static int entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                int cp = Integer.parseInt(name.substring(2), 16);
                return Character.isValidCodePoint(cp) ? cp : -1;
            }
            if (name.startsWith("#")) {
                int cp = Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? cp : -1;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> ' ';
            default -> -1;
        };
    }

    /**
     * Splits on white space, joins spaced-out links, rewrites URLs, digits and repeats, collapses spaces; reads
     * {@code s[0, n)} (already lower-cased) and appends to {@code out}. Works on char arrays rather than Strings: it
     * runs for every comment scored, and the String version spent a third of the scoring time creating Strings.
     */
    private static void rewriteChunks(char[] s, int n, Chars out) {
        Chars joined = null; // scratch for the rare chunks put together from several (created when first needed)
        int i = 0;
        while (i < n) {
            while (i < n && isWhitespace(s[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            i = chunkEnd(s, n, i);
            if (out.length > 0) {
                out.append(' ');
            }
            if (i - start == 1 && isLetter(s[start])) {
                int joinedEnd = spacedOutWordEnd(s, n, start);
                if (joinedEnd > 0) {
                    // "c h e c k  m y  s i t e": letters spaced out to slip past filters
                    joined = joined == null ? new Chars(16) : joined;
                    joined.length = 0;
                    for (int k = start; k < joinedEnd; k++) {
                        if (!isWhitespace(s[k])) {
                            joined.append(s[k]);
                        }
                    }
                    appendChunk(out, joined.chars, 0, joined.length);
                    i = joinedEnd;
                    continue;
                }
            }
            int j = skipSpaces(s, n, i);
            if (j < n && mayBeSpacedDot(s, n, i, j)) {
                // "example . com", "example dot com", "example. com"
                int sepEnd = chunkEnd(s, n, j);
                boolean join = false;
                int next = i;
                joined = joined == null ? new Chars(16) : joined;
                joined.length = 0;
                if (isLetterOrDigit(s[i - 1]) && SPACED_DOTS.contains(new String(s, j, sepEnd - j))) {
                    int k = skipSpaces(s, n, sepEnd);
                    int tldEnd = chunkEnd(s, n, k);
                    if (k < n && SPACED_TLDS.contains(leadingLetters(s, k, tldEnd))) {
                        joined.append(s, start, i).append('.').append(s, k, tldEnd);
                        join = true;
                        next = tldEnd;
                    }
                } else if (s[i - 1] == '.' && i - start > 1 && isLetterOrDigit(s[i - 2])
                        && SPACED_TLDS.contains(leadingLetters(s, j, sepEnd))) {
                    joined.append(s, start, i).append(s, j, sepEnd);
                    join = true;
                    next = sepEnd;
                }
                if (join) {
                    appendChunk(out, joined.chars, 0, joined.length);
                    i = next;
                    continue;
                }
            }
            appendChunk(out, s, start, i);
        }
    }

    /*
     * Character.isWhitespace / isLetter / isLetterOrDigit / isDigit with the answer for ASCII spelled out: nearly all
     * characters of a comment are ASCII, and these run several times per character. Same results for every char.
     */

    static boolean isWhitespace(char c) {
        if (c > ' ') {
            // one comparison for the usual printable ASCII; U+1680 is the first white space above ASCII
            return c >= '\u1680' && Character.isWhitespace(c);
        }
        return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1c;
    }

    static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        return Character.isDigit(c);
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** End of a run of at least four single letters separated by single spaces starting at start, or -1. */
    private static int spacedOutWordEnd(char[] s, int n, int start) {
        int letters = 0;
        int i = start;
        int end = -1;
        while (i < n && isLetter(s[i]) && (i + 1 == n || isWhitespace(s[i + 1]))) {
            letters++;
            end = i + 1;
            if (i + 2 < n && s[i + 1] == ' ' && !isWhitespace(s[i + 2])) {
                i += 2;
            } else {
                break;
            }
        }
        return letters >= 4 ? end : -1;
    }

    /** Cheap test before the exact one: the next chunk is short and could be a separator or a TLD. */
    private static boolean mayBeSpacedDot(char[] s, int n, int end, int next) {
        char last = s[end - 1];
        char c = s[next];
        if (last == '.') {
            return c == 'c' || c == 'n' || c == 'o' || c == 'i' || c == 'b';
        }
        return isLetterOrDigit(last) && (c == '.' || c == 'd' || c == '(' || c == '[')
                && chunkEnd(s, n, next) - next <= 5;
    }

    private static int skipSpaces(char[] s, int n, int i) {
        while (i < n && isWhitespace(s[i])) {
            i++;
        }
        return i;
    }

    private static int chunkEnd(char[] s, int n, int i) {
        while (i < n && !isWhitespace(s[i])) {
            i++;
        }
        return i;
    }

    private static String leadingLetters(char[] s, int from, int to) {
        int e = from;
        while (e < to && isAsciiLetter(s[e])) {
            e++;
        }
        return e < to && isLetterOrDigit(s[e]) ? "" : new String(s, from, e - from);
    }

    private static int indexOf(char[] s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * First occurrence of what lying wholly inside s[from, to), or -1. (Chunks end at white space, so this is also
     * what searching the whole text and rejecting a match that passes {@code to} gave.)
     */
    private static int indexOf(char[] s, int from, int to, String what) {
        int last = to - what.length();
        char first = what.charAt(0);
        for (int i = from; i <= last; i++) {
            if (s[i] == first && startsWith(s, i, to, what)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] s, int at, int to, String what) {
        if (at < 0 || at + what.length() > to) {
            return false;
        }
        for (int k = 0; k < what.length(); k++) {
            if (s[at + k] != what.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void appendChunk(Chars out, char[] s, int from, int to) {
        // one scan for everything the rest needs to know
        int dot = -1;
        int q = -1;
        int colon = -1;
        boolean latin = false;
        boolean nonLatin = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= 'a' && c <= 'z') {
                latin = true;
            } else if (c == '.') {
                dot = dot < 0 ? i : dot;
            } else if (c == '?') {
                q = q < 0 ? i : q;
            } else if (c == ':') {
                colon = colon < 0 ? i : colon;
            } else if (c >= 0x370) {
                nonLatin = true;
            }
        }
        boolean mixed = latin && nonLatin && hasLookalike(s, from, to);
        if (dot < 0 && q < 0 && colon < 0) {
            appendText(out, s, from, to, mixed); // fast path: no link can hide here
            return;
        }
        int url = -1;
        int urlHostStart = -1;
        int scheme = colon < 0 ? -1 : indexOf(s, colon, to, "://");
        if (scheme >= 0) {
            url = scheme;
            while (url > from && isAsciiLetter(s[url - 1])) {
                url--;
            }
            urlHostStart = scheme + 3;
        } else {
            int www = dot < 0 ? -1 : indexOf(s, from, to, "www.");
            if (www >= 0 && (www == from || !isLetterOrDigit(s[www - 1]))) {
                url = www;
                urlHostStart = www;
            } else {
                int host = dot < 0 ? -1 : hostWithTld(s, from, to, dot);
                if (host >= 0) {
                    url = host;
                    urlHostStart = host;
                } else if (q >= 0 && indexOf(s, q, to, '=') > q + 1) {
                    url = q;
                    while (url > from && s[url - 1] != '"' && s[url - 1] != '(') {
                        url--;
                    }
                }
            }
        }
        if (url < 0) {
            appendText(out, s, from, to, mixed);
            return;
        }
        appendText(out, s, from, url, mixed);
        if (url > from) {
            out.append(' ');
        }
        out.append(URL_MARKER);
        if (urlHostStart >= 0) {
            int hs = startsWith(s, urlHostStart, to, "www.") ? urlHostStart + 4 : urlHostStart;
            int he = hs;
            while (he < to && (isLetterOrDigit(s[he]) || s[he] == '.' || s[he] == '-')) {
                he++;
            }
            while (he > hs && s[he - 1] == '.') {
                he--;
            }
            if (he > hs) {
                out.append(' ');
                appendText(out, s, hs, he, false);
            }
        }
    }

    /** Start of a "name.tld" host inside s[from, to), or -1. */
    private static int hostWithTld(char[] s, int from, int to, int firstDot) {
        for (int dot = firstDot; dot >= 0 && dot < to; dot = indexOf(s, dot + 1, to, '.')) {
            if (dot == from || !isLetterOrDigit(s[dot - 1])) {
                continue;
            }
            int e = dot + 1;
            while (e < to && isAsciiLetter(s[e])) {
                e++;
            }
            if (e == dot + 1 || e - dot > 8 || (e < to && (isLetterOrDigit(s[e]) || s[e] == '-'))) {
                continue;
            }
            if (e < to && s[e] == '.' && e + 1 < to && isLetterOrDigit(s[e + 1])) {
                continue; // a longer host: its last label decides
            }
            if (TLDS.contains(new String(s, dot + 1, e - dot - 1))) {
                int h = dot - 1;
                while (h > from && (isLetterOrDigit(s[h - 1]) || s[h - 1] == '.' || s[h - 1] == '-')) {
                    h--;
                }
                return h;
            }
        }
        return -1;
    }

    /**
     * Appends text with: digits written for letters inside a word folded back ("v1sit", "g00d", "ch3ap"), other digit
     * runs as '#', runs of a character longer than three cut to three, and, in a word mixing Latin letters with
     * Cyrillic or Greek look-alikes ("pаypal" with a Cyrillic a), the look-alikes folded to Latin.
     */
    private static void appendText(Chars out, char[] s, int from, int to, boolean mixedScript) {
        out.ensureRoom(to - from); // this never writes more characters than it reads
        char[] o = out.chars;
        int len = out.length;
        char last = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                int end = i;
                while (end < to && isDigit(s[end])) {
                    end++;
                }
                if (i > from && end < to && isLetter(s[i - 1]) && isLetter(s[end]) && allLeet(s, i, end)) {
                    for (int k = i; k < end; k++) {
                        o[len++] = leet(s[k]);
                    }
                    last = 0;
                    run = 0;
                } else {
                    o[len++] = '#';
                    last = '#';
                    run = 1;
                }
                i = end - 1;
                continue;
            }
            if (mixedScript) {
                c = lookalike(c);
            }
            if (c == last && run > 0) {
                run++;
                if (run > 3) {
                    continue;
                }
            } else {
                run = 1;
                last = c;
            }
            o[len++] = c;
        }
        out.length = len;
    }

    private static boolean allLeet(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (leet(s[i]) == 0) {
                return false;
            }
        }
        return true;
    }

    private static char leet(char digit) {
        return switch (digit) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    private static boolean hasLookalike(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c >= 0x370 && lookalike(c) != c) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case Cyrillic and Greek letters that look like Latin ones (after NFKC and lower-casing). */
    private static char lookalike(char c) {
        return switch (c) {
            case '\u0430' -> 'a'; // Cyrillic a
            case '\u0435' -> 'e';
            case '\u043e' -> 'o';
            case '\u0440' -> 'p';
            case '\u0441' -> 'c';
            case '\u0443' -> 'y';
            case '\u0445' -> 'x';
            case '\u0456' -> 'i';
            case '\u0458' -> 'j';
            case '\u0455' -> 's';
            case '\u0501' -> 'd';
            case '\u04bb' -> 'h';
            case '\u04cf' -> 'l';
            case '\u043a' -> 'k';
            case '\u043c' -> 'm';
            case '\u0442' -> 't';
            case '\u0432' -> 'b';
            case '\u043d' -> 'h';
            case '\u03bf' -> 'o'; // Greek omicron
            case '\u03b1' -> 'a';
            case '\u03bd' -> 'v';
            case '\u03c1' -> 'p';
            case '\u03b9' -> 'i';
            case '\u03ba' -> 'k';
            case '\u03c5' -> 'u';
            case '\u03c7' -> 'x';
            default -> c;
        };
    }

    /** A growable char buffer, reused between comments by its owner (one per thread) to avoid garbage. */
    static final class Chars {
        char[] chars;
        int length;

        Chars(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        /** Makes room for at least {@code more} further characters. */
        void ensureRoom(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        Chars append(char c) {
            ensureRoom(1);
            chars[length++] = c;
            return this;
        }

        Chars append(char[] s, int from, int to) {
            ensureRoom(to - from);
            System.arraycopy(s, from, chars, length, to - from);
            length += to - from;
            return this;
        }

        Chars append(String s) {
            ensureRoom(s.length());
            s.getChars(0, s.length(), chars, length);
            length += s.length();
            return this;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
