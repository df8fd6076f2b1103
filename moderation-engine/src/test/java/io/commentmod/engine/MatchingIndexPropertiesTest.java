package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The indexes that keep matching fast ({@link TriggerIndex}, {@link WordStartFilter}, {@link PrefixTrie} and the
 * hand-written phrase comparison) must find exactly what the plain definitions find: a pattern tried at every word
 * start, and one regular expression per configured phrase. Texts are built from the words the patterns and lists are
 * about, so matches, near misses and run-together words are common.
 */
class MatchingIndexPropertiesTest {

    /** Words that start triggers, their near misses, fillers and separators. */
    private static final List<String> WORDS = List.of("buy", "now", "buynow", "buyer", "online", "only", "casino",
            "free", "fre", "spins", "i", "offer", "we", "provide", "coaching", "sessions", "check", "out", "my",
            "channel", "please", "subscribe", "sub", "kill", "myself", "kys", "skys", "go", "die", "good", "you", "your",
            "idiot", "1d1ot", "piece", "of", "shit", "12", "elm", "street", "the", "and", "a", "-", ".", "*", "_", "!",
            "?", "é", "\u0441asino", "ＦＲＥＥ", "b u y", "n o w");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", "-", ".", ", ", "\n", "", "!!! ");
        return Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(30)
                .flatMap(words -> separator.list().ofSize(words.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                })));
    }

    @Provide
    Arbitrary<List<String>> phraseLists() {
        Arbitrary<String> phrase = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
        return phrase.list().ofMinSize(0).ofMaxSize(12);
    }

    private static final String REGEX = "\\bbuy\\s+now\\b|\\bonline\\s+casinos?\\b"
            + "|\\b(?:i|we)\\s+(?:offer|provide)\\s+(?:\\w+\\s+){0,2}(?:coaching|sessions)\\b"
            + "|\\bcheck\\s+out\\s+my\\s+channel\\b|\\bkill\\s+myself\\b|\\b12\\s+elm\\s+street\\b";

    /** Made once, as rules make theirs: each Trigger takes a place in the shared index. */
    private static final Trigger TRIGGER = new Trigger(REGEX, "buy now", "online c", "i offer", "i provide",
            "we offer", "we provide", "check out", "kill my", "12");

    @Property(tries = 500)
    void aTriggerFindsWhatItsPatternFindsAtEveryWordStart(@ForAll("texts") String body) {
        NormalizedText text = TextNormalizer.normalize(body);

        assertThat(TRIGGER.all(text)).isEqualTo(everyWordStart(Pattern.compile(REGEX), text));
    }

    @Property(tries = 500)
    void aPhraseListFindsWhatOneExpressionPerPhraseFinds(@ForAll("phraseLists") List<String> phrases,
            @ForAll("texts") String body) {
        NormalizedText text = TextNormalizer.normalize(body);

        assertThat(new PhraseList(phrases).find(text)).isEqualTo(referencePhraseList(phrases, text));
    }

    @Property(tries = 200)
    void aWordStartFilterNeverRulesOutAWordThatStartsAnAddedWord(@ForAll @Size(max = 8) List<String> added,
            @ForAll("texts") String body) {
        WordStartFilter filter = new WordStartFilter();
        PrefixTrie<String> trie = new PrefixTrie<>();
        for (String word : added) {
            if (!word.isEmpty() && word.charAt(0) < 128) {
                filter.add(word);
                trie.add(word, word);
            }
        }
        String text = TextNormalizer.normalize(body).text();
        for (int at = 0; at < text.length(); at++) {
            if (trie.anyStartsAt(text.toCharArray(), text.length(), at)) {
                assertThat(filter.mayStart(WordStartFilter.code(text.toCharArray(), text.length(), at))).as("at %d of %s", at, text).isTrue();
            }
        }
    }

    /** The plain definition: the pattern tried at every word start, as {@link Matches#all} does. */
    private static List<String> everyWordStart(Pattern pattern, NormalizedText text) {
        return Matches.all(pattern, text);
    }

    /**
     * The previous implementation: one regular expression per phrase; where several phrases match at a word start, the
     * one with the shortest first word wins, then the one listed first.
     */
    private static List<String> referencePhraseList(List<String> phrases, NormalizedText text) {
        List<String> firstWords = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String phrase : phrases) {
            String form = TextNormalizer.matchForm(phrase);
            List<String> words = new ArrayList<>();
            for (String word : form.split(" ")) {
                String trimmed = words.isEmpty() ? word : word.replaceFirst("^[\\s._*-]+", "");
                if (!trimmed.isEmpty()) {
                    words.add(trimmed);
                }
            }
            if (!words.isEmpty()) {
                firstWords.add(words.get(0));
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + String.join("[\\s._*-]*", words.stream().map(Pattern::quote).toList())
                        + "(?![\\p{L}\\p{N}])"));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> firstWords.get(i).length()));
        String squeezed = text.squeezed();
        List<String> found = new ArrayList<>();
        int resumeAt = 0;
        for (int k = 0; k < squeezed.length() && found.size() < Matches.MAX_HITS; k++) {
            boolean wordStart = Character.isLetterOrDigit(squeezed.charAt(k))
                    && (k == 0 || !Character.isLetterOrDigit(squeezed.charAt(k - 1)));
            if (!wordStart || k < resumeAt) {
                continue;
            }
            for (int i : order) {
                Matcher matcher = patterns.get(i).matcher(squeezed).region(k, squeezed.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (matcher.lookingAt()) {
                    String original = text.originalOfSqueezed(matcher.start(), matcher.end());
                    found.add(original.isBlank() ? matcher.group() : original);
                    resumeAt = matcher.end();
                    break;
                }
            }
        }
        return found;
    }
}
