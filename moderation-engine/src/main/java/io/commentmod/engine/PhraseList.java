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
    /** Entries by their first word: the phrases worth trying at a word start are one trie walk away. */
    private final PrefixTrie<Entry> byFirstWord = new PrefixTrie<>();
    private final WordStartFilter filter = new WordStartFilter();

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
            Entry entry = new Entry(words.get(0), Pattern.compile(regex));
            compiled.add(entry);
            byFirstWord.add(entry.firstWord(), entry);
            filter.add(entry.firstWord());
        }
        this.entries = List.copyOf(compiled);
    }

    /** The original text of each match, in order of appearance. */
    List<String> find(NormalizedText text) {
        if (entries.isEmpty()) {
            return List.of();
        }
        String squeezed = text.squeezed();
        int n = squeezed.length();
        List<String> found = null;
        int[] starts = text.squeezedWordStarts();
        int[] codes = text.squeezedWordCodes();
        int resumeAt = 0;
        for (int w = 0; w < starts.length && starts[w] >= 0; w++) {
            int k = starts[w];
            if (k < resumeAt || !filter.mayStart(codes[w])) {
                continue;
            }
            for (Entry entry : byFirstWord.startingAt(squeezed, k)) {
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
        return found == null ? List.of() : found;
    }
}
