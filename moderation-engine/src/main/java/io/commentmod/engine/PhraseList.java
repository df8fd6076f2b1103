package io.commentmod.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A configured list of words and phrases, matched on {@link NormalizedText#squeezed()}: the words of a phrase may be
 * run together or separated by spaces and punctuation ("buy now", "buy-now", "buynow"), and a match never starts or
 * ends inside a word ("kys" does not match "skys"). Phrases are tried only at word starts where their first word
 * begins (a trie walk away), and compared character by character: a regular expression per phrase cost ten times
 * as much, and these lists run on every comment.
 */
final class PhraseList {

    /** A phrase as the words of its match form; punctuation at a word's start is treated as a separator. */
    private record Entry(String[] words) {

        String firstWord() {
            return words[0];
        }

        /** The end of the match starting at {@code at} of {@code text[0, n)}, or -1. */
        int matchAt(char[] text, int n, int at) {
            int p = at;
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    while (p < n && isSeparator(text[p])) {
                        p++;
                    }
                }
                String word = words[i];
                int length = word.length();
                if (p + length > n) {
                    return -1;
                }
                for (int k = 0; k < length; k++) {
                    if (text[p + k] != word.charAt(k)) {
                        return -1;
                    }
                }
                p += length;
            }
            return p < n && isLetterOrNumber(text[p]) ? -1 : p;
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
            List<String> words = new ArrayList<>();
            for (String word : TextNormalizer.matchForm(phrase).split(" ")) {
                String trimmed = words.isEmpty() ? word : stripLeadingSeparators(word);
                if (!trimmed.isEmpty()) {
                    words.add(trimmed);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(words.toArray(String[]::new));
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
        char[] chars = text.squeezedChars();
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
            for (Entry entry : byFirstWord.startingAt(chars, n, k)) {
                int end = entry.matchAt(chars, n, k);
                if (end < 0) {
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                String original = text.originalOfSqueezed(k, end);
                found.add(original.isBlank() ? squeezed.substring(k, end) : original);
                if (found.size() >= Matches.MAX_HITS) {
                    return found;
                }
                resumeAt = end;
                break;
            }
        }
        return found == null ? List.of() : found;
    }

    private static String stripLeadingSeparators(String word) {
        int i = 0;
        while (i < word.length() && isSeparator(word.charAt(i))) {
            i++;
        }
        return word.substring(i);
    }

    /** What may stand between the words of a phrase: white space and "._*-". */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '_' || c == '*' || c == '-' || c == '\t' || c == '\n' || c == '\r'
                || c == '\f' || c == '\u000b';
    }

    /** Letters and numbers of every kind (Unicode L and N): a match may not run on into one. */
    private static boolean isLetterOrNumber(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
