package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its trigger words starts a word: every alternative of the pattern must begin
 * with one of the triggers (a prefix of its first word, e.g. "sub" for "subscribe"). Finding the few positions where
 * a trigger starts a word is far cheaper than letting the regex engine try every alternative at every position,
 * which keeps the engine at tens of thousands of comments per second. Immutable and thread-safe.
 */
final class Trigger {

    private final Pattern pattern;
    private final ThreadLocal<Matcher> matchers;
    /** Triggers by their first character (ASCII only: normalized text is folded to Latin where it matters). */
    private final String[][] byFirstChar = new String[128][];

    Trigger(String regex, String... triggers) {
        this.pattern = Matches.pattern(regex);
        this.matchers = Matches.reusableMatcher(pattern);
        for (String trigger : triggers) {
            char first = trigger.charAt(0);
            if (first >= 128) {
                throw new IllegalArgumentException("Triggers must start with an ASCII character: " + trigger);
            }
            String[] existing = byFirstChar[first];
            String[] grown = existing == null ? new String[1] : java.util.Arrays.copyOf(existing, existing.length + 1);
            grown[grown.length - 1] = trigger;
            byFirstChar[first] = grown;
        }
    }

    /** The original text of each match, in order of appearance, at most {@link Matches#MAX_HITS}. */
    List<String> all(NormalizedText text) {
        return find(text, Matches.MAX_HITS);
    }

    /** The original text of the first match, or null. */
    String first(NormalizedText text) {
        List<String> found = find(text, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    boolean matches(NormalizedText text) {
        return !find(text, 1).isEmpty();
    }

    private List<String> find(NormalizedText text, int limit) {
        String normalized = text.text();
        int n = normalized.length();
        int[] starts = text.wordStarts();
        List<String> found = null;
        Matcher matcher = null;
        int resumeAt = 0;
        for (int w = 0; w < starts.length && starts[w] >= 0; w++) {
            int k = starts[w];
            char c = normalized.charAt(k);
            if (k < resumeAt || c >= 128 || byFirstChar[c] == null || !triggers(normalized, k, c)) {
                continue;
            }
            if (matcher == null) {
                matcher = matchers.get().reset(normalized);
            }
            matcher.region(k, n);
            if (matcher.lookingAt()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                String original = text.originalOfText(matcher.start(), matcher.end());
                found.add(original.isBlank() ? matcher.group() : original);
                if (found.size() >= limit) {
                    return found;
                }
                resumeAt = matcher.end();
            }
        }
        return found == null ? List.of() : found;
    }

    private boolean triggers(String text, int at, char first) {
        for (String trigger : byFirstChar[first]) {
            if (Matches.continuesWith(text, at, trigger)) {
                return true;
            }
        }
        return false;
    }
}
