package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured list of words and phrases, matched on {@link NormalizedText#squeezed()}: the words of a phrase may be
 * run together or separated by spaces and punctuation ("buy now", "buy-now", "buynow"), and a match never starts or
 * ends inside a word ("kys" does not match "skys"). Each phrase has its own pattern, tried only at word starts where
 * the phrase's first word begins, which keeps a long list cheap.
 */
final class PhraseList {

    private record Entry(String firstWord, Pattern pattern, ThreadLocal<Matcher> matchers) {

        Entry(String firstWord, Pattern pattern) {
            this(firstWord, pattern, Matches.reusableMatcher(pattern));
        }
    }

    private final List<Entry> entries;
    /** Entries by the first character of their first word; a word starting with another character needs no look. */
    private final Entry[][] byFirstChar = new Entry[128][];
    /** Entries whose first word starts with a character outside ASCII (a phrase in another script). */
    private final List<Entry> others;

    PhraseList(List<String> phrases) {
        List<Entry> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase == null) {
                continue;
            }
            String form = TextNormalizer.matchForm(phrase);
            if (form.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String word : form.split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            String regex = "(?<![\\p{L}\\p{N}])" + String.join("[\\s._*-]*", words.stream().map(Pattern::quote).toList())
                    + "(?![\\p{L}\\p{N}])";
            compiled.add(new Entry(words.get(0), Pattern.compile(regex)));
        }
        this.entries = List.copyOf(compiled);
        List<Entry> nonAscii = new ArrayList<>();
        for (Entry entry : entries) {
            char first = entry.firstWord().charAt(0);
            if (first >= 128) {
                nonAscii.add(entry);
                continue;
            }
            Entry[] existing = byFirstChar[first];
            Entry[] grown = existing == null ? new Entry[1] : java.util.Arrays.copyOf(existing, existing.length + 1);
            grown[grown.length - 1] = entry;
            byFirstChar[first] = grown;
        }
        this.others = List.copyOf(nonAscii);
    }

    /** The original text of each match: ASCII-led phrases in order of appearance, then the others. */
    List<String> find(NormalizedText text) {
        if (entries.isEmpty()) {
            return List.of();
        }
        String squeezed = text.squeezed();
        int n = squeezed.length();
        List<String> found = null;
        int[] starts = text.squeezedWordStarts();
        int resumeAt = 0;
        for (int w = 0; w < starts.length && starts[w] >= 0; w++) {
            int k = starts[w];
            char c = squeezed.charAt(k);
            if (k < resumeAt || c >= 128 || byFirstChar[c] == null) {
                continue;
            }
            for (Entry entry : byFirstChar[c]) {
                if (!Matches.continuesWith(squeezed, k, entry.firstWord())) {
                    continue;
                }
                Matcher matcher = entry.matchers().get().reset(squeezed);
                matcher.region(k, n);
                if (matcher.lookingAt()) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    String original = text.originalOfSqueezed(matcher.start(), matcher.end());
                    found.add(original.isBlank() ? matcher.group() : original);
                    if (found.size() >= Matches.MAX_HITS) {
                        return found;
                    }
                    resumeAt = matcher.end();
                    break;
                }
            }
        }
        for (Entry entry : others) {
            // tried only where the first word occurs, instead of at every position
            Matcher scan = Matches.matcherAtWordStarts(entry.pattern(), squeezed);
            int at = squeezed.indexOf(entry.firstWord());
            while (at >= 0) {
                scan.region(at, squeezed.length());
                if (!scan.lookingAt()) {
                    at = squeezed.indexOf(entry.firstWord(), at + 1);
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                if (found.size() >= Matches.MAX_HITS) {
                    return found;
                }
                String original = text.originalOfSqueezed(scan.start(), scan.end());
                found.add(original.isBlank() ? scan.group() : original);
                at = squeezed.indexOf(entry.firstWord(), Math.max(scan.end(), at + 1));
            }
        }
        return found == null ? List.of() : found;
    }
}
