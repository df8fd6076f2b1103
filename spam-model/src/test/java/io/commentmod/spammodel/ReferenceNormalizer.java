package io.commentmod.spammodel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A frozen copy of {@link TextNormalizer} as it was before the allocation-free rewrite (String based, several
 * intermediate Strings per comment). Kept only as the reference the equivalence tests compare the fast code against:
 * do not "fix" anything here, its output is by definition the expected one.
 *
 * <p>Original documentation:
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
final class ReferenceNormalizer {

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

    private ReferenceNormalizer() {
    }

    /** Removes every format character (Unicode category Cf), e.g. U+FEFF, U+200B..U+200F, U+2060, U+00AD. */
    static String stripInvisible(String text) {
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

    private static boolean isInvisible(char c) {
        return c >= 0xAD && Character.getType(c) == Character.FORMAT;
    }

    static String normalize(String text) {
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
        if (!isAscii(s) && !Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = stripInvisible(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
        if (s.indexOf('<') >= 0) {
            s = stripTags(s);
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        s = s.toLowerCase(Locale.ROOT);
        return rewriteChunks(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Drops tags such as {@code <br />} and {@code <a href="...">} (keeping the href), up to 400 characters each. */
    static String stripTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < n && (isAsciiLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
                int end = s.indexOf('>', i + 1);
                if (end > 0 && end - i <= 400) {
                    String tag = s.substring(i + 1, end);
                    int href = indexOfIgnoreCase(tag, "href=");
                    out.append(' ');
                    if (href >= 0) {
                        int v = href + 5;
                        char q = v < tag.length() ? tag.charAt(v) : ' ';
                        int vs = q == '"' || q == '\'' ? v + 1 : v;
                        int ve = vs;
                        while (ve < tag.length() && tag.charAt(ve) != q && !(q != '"' && q != '\''
                                && Character.isWhitespace(tag.charAt(ve)))) {
                            ve++;
                        }
                        out.append(tag, vs, ve).append(' ');
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
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

    /** Decodes numeric entities and the common named ones. */
    static String decodeEntities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '&') {
                int end = s.indexOf(';', i + 1);
                if (end > i + 1 && end - i <= 10) {
                    String name = s.substring(i + 1, end);
                    int cp = entity(name);
                    if (cp >= 0) {
                        out.appendCodePoint(cp);
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
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

    /** Splits on white space, joins spaced-out links, rewrites URLs, digits and repeats, collapses spaces. */
    private static String rewriteChunks(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            i = chunkEnd(s, i);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (i - start == 1 && Character.isLetter(s.charAt(start))) {
                int joinedEnd = spacedOutWordEnd(s, start);
                if (joinedEnd > 0) {
                    // "c h e c k  m y  s i t e": letters spaced out to slip past filters
                    StringBuilder word = new StringBuilder();
                    for (int k = start; k < joinedEnd; k++) {
                        if (!Character.isWhitespace(s.charAt(k))) {
                            word.append(s.charAt(k));
                        }
                    }
                    appendChunk(out, word.toString(), 0, word.length());
                    i = joinedEnd;
                    continue;
                }
            }
            int j = skipSpaces(s, i);
            if (j < n && mayBeSpacedDot(s, start, i, j)) {
                // "example . com", "example dot com", "example. com"
                int sepEnd = chunkEnd(s, j);
                String joined = null;
                int next = i;
                if (Character.isLetterOrDigit(s.charAt(i - 1)) && SPACED_DOTS.contains(s.substring(j, sepEnd))) {
                    int k = skipSpaces(s, sepEnd);
                    int tldEnd = chunkEnd(s, k);
                    if (k < n && SPACED_TLDS.contains(leadingLetters(s, k, tldEnd))) {
                        joined = s.substring(start, i) + "." + s.substring(k, tldEnd);
                        next = tldEnd;
                    }
                } else if (s.charAt(i - 1) == '.' && i - start > 1 && Character.isLetterOrDigit(s.charAt(i - 2))
                        && SPACED_TLDS.contains(leadingLetters(s, j, sepEnd))) {
                    joined = s.substring(start, i) + s.substring(j, sepEnd);
                    next = sepEnd;
                }
                if (joined != null) {
                    appendChunk(out, joined, 0, joined.length());
                    i = next;
                    continue;
                }
            }
            appendChunk(out, s, start, i);
        }
        return out.toString();
    }

    /** End of a run of at least four single letters separated by single spaces starting at start, or -1. */
    private static int spacedOutWordEnd(String s, int start) {
        int n = s.length();
        int letters = 0;
        int i = start;
        int end = -1;
        while (i < n && Character.isLetter(s.charAt(i)) && (i + 1 == n || Character.isWhitespace(s.charAt(i + 1)))) {
            letters++;
            end = i + 1;
            if (i + 2 < n && s.charAt(i + 1) == ' ' && !Character.isWhitespace(s.charAt(i + 2))) {
                i += 2;
            } else {
                break;
            }
        }
        return letters >= 4 ? end : -1;
    }

    /** Cheap test before the exact one: the next chunk is short and could be a separator or a TLD. */
    private static boolean mayBeSpacedDot(String s, int start, int end, int next) {
        char last = s.charAt(end - 1);
        char c = s.charAt(next);
        if (last == '.') {
            return c == 'c' || c == 'n' || c == 'o' || c == 'i' || c == 'b';
        }
        return Character.isLetterOrDigit(last) && (c == '.' || c == 'd' || c == '(' || c == '[')
                && chunkEnd(s, next) - next <= 5;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int chunkEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String leadingLetters(String s, int from, int to) {
        int e = from;
        while (e < to && isAsciiLetter(s.charAt(e))) {
            e++;
        }
        return e < to && Character.isLetterOrDigit(s.charAt(e)) ? "" : s.substring(from, e);
    }

    private static int indexOf(String s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(String s, int from, int to, String what) {
        int i = s.indexOf(what, from);
        return i >= 0 && i + what.length() <= to ? i : -1;
    }

    private static void appendChunk(StringBuilder out, String s, int from, int to) {
        // one scan for everything the rest needs to know
        int dot = -1;
        int q = -1;
        int colon = -1;
        boolean latin = false;
        boolean nonLatin = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
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
            while (url > from && isAsciiLetter(s.charAt(url - 1))) {
                url--;
            }
            urlHostStart = scheme + 3;
        } else {
            int www = dot < 0 ? -1 : indexOf(s, from, to, "www.");
            if (www >= 0 && (www == from || !Character.isLetterOrDigit(s.charAt(www - 1)))) {
                url = www;
                urlHostStart = www;
            } else {
                int host = dot < 0 ? -1 : hostWithTld(s, from, to, dot);
                if (host >= 0) {
                    url = host;
                    urlHostStart = host;
                } else if (q >= 0 && indexOf(s, q, to, '=') > q + 1) {
                    url = q;
                    while (url > from && s.charAt(url - 1) != '"' && s.charAt(url - 1) != '(') {
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
            int hs = s.startsWith("www.", urlHostStart) ? urlHostStart + 4 : urlHostStart;
            int he = hs;
            while (he < to && (Character.isLetterOrDigit(s.charAt(he)) || s.charAt(he) == '.'
                    || s.charAt(he) == '-')) {
                he++;
            }
            while (he > hs && s.charAt(he - 1) == '.') {
                he--;
            }
            if (he > hs) {
                out.append(' ');
                appendText(out, s, hs, he, false);
            }
        }
    }

    /** Start of a "name.tld" host inside s[from, to), or -1. */
    private static int hostWithTld(String s, int from, int to, int firstDot) {
        for (int dot = firstDot; dot >= 0 && dot < to; dot = indexOf(s, dot + 1, to, '.')) {
            if (dot == from || !Character.isLetterOrDigit(s.charAt(dot - 1))) {
                continue;
            }
            int e = dot + 1;
            while (e < to && isAsciiLetter(s.charAt(e))) {
                e++;
            }
            if (e == dot + 1 || e - dot > 8 || (e < to && (Character.isLetterOrDigit(s.charAt(e))
                    || s.charAt(e) == '-'))) {
                continue;
            }
            if (e < to && s.charAt(e) == '.' && e + 1 < to && Character.isLetterOrDigit(s.charAt(e + 1))) {
                continue; // a longer host: its last label decides
            }
            if (TLDS.contains(s.substring(dot + 1, e))) {
                int h = dot - 1;
                while (h > from && (Character.isLetterOrDigit(s.charAt(h - 1)) || s.charAt(h - 1) == '.'
                        || s.charAt(h - 1) == '-')) {
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
    private static void appendText(StringBuilder out, String s, int from, int to, boolean mixedScript) {
        char last = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                int end = i;
                while (end < to && Character.isDigit(s.charAt(end))) {
                    end++;
                }
                if (i > from && end < to && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(end))
                        && allLeet(s, i, end)) {
                    for (int k = i; k < end; k++) {
                        out.append(leet(s.charAt(k)));
                    }
                    last = 0;
                    run = 0;
                } else {
                    out.append('#');
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
            out.append(c);
        }
    }

    private static boolean allLeet(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (leet(s.charAt(i)) == 0) {
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

    private static boolean hasLookalike(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
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
}
