package io.commentmod.engine;

import java.util.List;

import io.commentmod.contracts.Priority;

/**
 * Keyboard mashing and random strings ("asdkjh qwpzxv"), posted to test a filter or to carry a link. A Latin-script
 * word is gibberish when it has no vowel, a long consonant run, or a letter pair English never writes; the comment is
 * gibberish when such words make up much of it. Words with digits, links and short words are left alone
 * ("rhythm", "strengths", "lol", "x2" are fine).
 */
final class GibberishRule implements Rule {

    static final String RULE_ID = "spam.gibberish";

    static final int MIN_WORD = 5;
    static final int CONSONANT_RUN = 6;

    /** Letter pairs that do not occur inside English words (a small, safe subset). */
    private static final String[] IMPOSSIBLE = {"jq", "jx", "jz", "qg", "qk", "qy", "qz", "qj", "qx", "qc", "qf",
            "qh", "qp", "qv", "qw", "vq", "vj", "vx", "vz", "vw", "xj", "xz", "xk", "zx", "zj", "zq", "fq", "fx", "kq",
            "kx", "kz", "pq", "px", "jw", "jv", "wq", "wx", "wj", "gx", "gq", "cx", "cj", "bx", "bq", "dx", "hx",
            "mq", "mx", "sx", "tq", "yq", "jf", "fj", "jg", "jk", "jl", "jm", "jp", "jt", "lq", "lx", "qd", "qe",
            "qo", "qr", "qs", "qt", "ql", "qm", "qn", "xd", "xg", "xr", "xv", "xw"};

    private static final boolean[] IMPOSSIBLE_PAIR = new boolean[26 * 26];
    /** By letter ('a' is 0): the vowels, "y" included. */
    private static final boolean[] VOWEL = new boolean[26];

    static {
        for (char vowel : "aeiouy".toCharArray()) {
            VOWEL[vowel - 'a'] = true;
        }
        for (String pair : IMPOSSIBLE) {
            IMPOSSIBLE_PAIR[(pair.charAt(0) - 'a') * 26 + pair.charAt(1) - 'a'] = true;
        }
    }

    @Override
    public void apply(Evaluation evaluation, List<Signal> signals) {
        char[] text = evaluation.text.squeezedChars();
        int n = evaluation.text.squeezed().length();
        int words = 0;
        int gibberish = 0;
        int firstStart = -1;
        int firstEnd = -1;
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(text[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean digitOrSymbolInside = false;
            while (i < n) {
                char c = text[i];
                if (isAsciiLetter(c)) {
                    i++;
                } else if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)
                        || c == '.' && i + 1 < n && isAsciiLetter(text[i + 1])) {
                    digitOrSymbolInside = true;
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            char before = start > 0 ? text[start - 1] : ' ';
            if (before != ' ' && before != '"' && before != '(' && !Character.isWhitespace(before)) {
                continue; // part of a link, an address or a handle
            }
            words++;
            if (!digitOrSymbolInside && end - start >= MIN_WORD && looksRandom(text, start, end)) {
                gibberish++;
                if (firstStart < 0) {
                    firstStart = start;
                    firstEnd = end;
                }
            }
        }
        boolean mostly = gibberish >= 2 && gibberish * 2 >= words;
        boolean oneLong = gibberish == 1 && words <= 2 && firstEnd - firstStart >= 8;
        if (mostly || oneLong) {
            signals.add(new Signal(RULE_ID, Category.SPAM, evaluation.settings.raw.holdThreshold(), Priority.LOW,
                    evaluation.text.originalOfSqueezed(firstStart, firstEnd),
                    gibberish + " of " + words + " words look like random letters."));
        }
    }

    /** Whether text[start, end), lower-case ASCII letters, looks like random letters. */
    private static boolean looksRandom(char[] text, int start, int end) {
        int vowels = 0;
        int run = 0;
        int maxRun = 0;
        int impossible = 0;
        int previous = -1;
        for (int k = start; k < end; k++) {
            int c = text[k] - 'a';
            if (VOWEL[c]) {
                vowels++;
                run = 0;
            } else {
                maxRun = Math.max(maxRun, ++run);
            }
            if (previous >= 0 && IMPOSSIBLE_PAIR[previous * 26 + c]) {
                impossible++;
            }
            previous = c;
        }
        int length = end - start;
        return vowels == 0 || maxRun >= CONSONANT_RUN || impossible >= 2 || (length >= 8 && vowels * 6 < length)
                || (impossible == 1 && length <= 8 && vowels * 4 < length);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
