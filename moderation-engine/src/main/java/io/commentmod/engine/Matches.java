package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers the rules share for finding phrases in normalized text and quoting the original. */
final class Matches {

    /**
     * Patterns run on normalized text, which is lower case already: no case-insensitive flag, which would slow every
     * pattern down several times. Write patterns in lower case.
     */
    static final int FLAGS = 0;

    /** Straight or typographic apostrophe (normalization folds most to the straight one). */
    static final String APOSTROPHE = "['\u2019]";

    /** A rule reports at most this many hits of one kind; more say nothing new to a moderator. */
    static final int MAX_HITS = 10;

    private Matches() {
    }

    static Pattern pattern(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /**
     * Whether any of the words occurs in the text. Rules check such a gate (words every match of their pattern must
     * contain) before running a pattern: most comments contain none, and {@code contains} is far cheaper than a
     * pattern with many alternatives tried at every position.
     */
    static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The original text of each match in {@link NormalizedText#text()}, in order of appearance. The pattern must
     * match only at the start of a word (every alternative begins with {@code \\b} and a letter or digit, or an
     * equivalent look-behind): it is tried at word starts only, which is several times faster than
     * {@link Matcher#find()} trying every position.
     */
    static List<String> all(Pattern pattern, NormalizedText text) {
        List<String> found = null;
        String normalized = text.text();
        Matcher matcher = matcherAtWordStarts(pattern, normalized);
        int from = 0;
        while (from < normalized.length() && findAtWordStart(matcher, normalized, from)) {
            if (found == null) {
                found = new ArrayList<>(2);
            }
            found.add(evidence(text.originalOfText(matcher.start(), matcher.end()), matcher.group()));
            if (found.size() >= MAX_HITS) {
                break;
            }
            from = Math.max(matcher.end(), matcher.start() + 1);
        }
        return found == null ? List.of() : found;
    }



    /** A matcher whose look-behinds and word boundaries see the text before the region it is tried on. */
    static Matcher matcherAtWordStarts(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }


    /**
     * Tries the matcher at each word start from {@code from} on; true with the match in the matcher's state, false
     * when there is none.
     */
    static boolean findAtWordStart(Matcher matcher, String text, int from) {
        return findAtWordStart(matcher, text, from, text.length());
    }

    /** The same, trying word starts in [from, until) only (the match may run on after {@code until}). */
    static boolean findAtWordStart(Matcher matcher, String text, int from, int until) {
        int n = text.length();
        boolean previousIsWord = from > 0 && Character.isLetterOrDigit(text.charAt(from - 1));
        for (int k = from; k < until; k++) {
            boolean word = Character.isLetterOrDigit(text.charAt(k));
            if (word && !previousIsWord) {
                matcher.region(k, n);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            previousIsWord = word;
        }
        return false;
    }


    /** The original span, unless it is blank (a match made only of removed characters): then the normalized one. */
    private static String evidence(String original, String normalized) {
        return original.isBlank() ? normalized : original;
    }
}
