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
    private final PrefixTrie<String> triggers = new PrefixTrie<>();
    /** This trigger's bit in {@link TriggerIndex}, or -1 when the index was full. */
    private final int id;

    Trigger(String regex, String... triggers) {
        this.pattern = Matches.pattern(regex);
        for (String trigger : triggers) {
            this.triggers.add(trigger, trigger);
        }
        this.id = TriggerIndex.register(triggers);
    }

    /** A match: where it is in {@link NormalizedText#text()} and the original text behind it. */
    record Match(int start, int end, String evidence) {
    }

    /** The original text of each match, in order of appearance, at most {@link Matches#MAX_HITS}. */
    List<String> all(NormalizedText text) {
        List<Match> found = find(text, Matches.MAX_HITS);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>(found.size());
        for (Match match : found) {
            evidence.add(match.evidence());
        }
        return evidence;
    }

    /** Each match with its place in the normalized text, in order of appearance, at most {@link Matches#MAX_HITS}. */
    List<Match> matchesIn(NormalizedText text) {
        return find(text, Matches.MAX_HITS);
    }

    /** The original text of the first match, or null. */
    String first(NormalizedText text) {
        List<Match> found = find(text, 1);
        return found.isEmpty() ? null : found.get(0).evidence();
    }

    boolean matches(NormalizedText text) {
        return !find(text, 1).isEmpty();
    }

    private List<Match> find(NormalizedText text, int limit) {
        String normalized = text.text();
        char[] chars = text.textChars();
        int n = normalized.length();
        int[] starts = text.wordStarts();
        // without the index (full, or this trigger registered after the text was normalized) the trie decides alone
        long[] masks = null;
        NormalizedText.TriggerMasks index = id >= 0 ? text.triggerMasks() : null;
        if (index != null && id < index.registered()) {
            if ((index.present() & (1L << id)) == 0) {
                return List.of(); // none of the words can start a trigger: the usual case
            }
            masks = index.perWord();
        }
        long bit = id >= 0 ? 1L << id : 0;
        List<Match> found = null;
        Matcher matcher = null;
        int resumeAt = 0;
        for (int w = 0; w < starts.length && starts[w] >= 0; w++) {
            int k = starts[w];
            boolean may = masks == null || (masks[w] & bit) != 0;
            if (k < resumeAt || !may || !triggers.anyStartsAt(chars, n, k)) {
                continue;
            }
            if (matcher == null) {
                // a fresh matcher: resetting a reused one clears the position sets its loops grew on earlier
                // comments, which cost more than the allocation now that patterns run about once per comment
                matcher = Matches.matcherAtWordStarts(pattern, normalized);
            }
            matcher.region(k, n);
            if (matcher.lookingAt()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                String original = text.originalOfText(matcher.start(), matcher.end());
                found.add(new Match(matcher.start(), matcher.end(), original.isBlank() ? matcher.group() : original));
                if (found.size() >= limit) {
                    return found;
                }
                resumeAt = matcher.end();
            }
        }
        return found == null ? List.of() : found;
    }
}
