package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The fast scoring path must give exactly ({@code ==}, not "close to") the score the original String-based code gave,
 * for every text: stored models keep their meaning and a comment keeps its verdict. {@link ReferenceScorer} and
 * {@link ReferenceNormalizer} are frozen copies of that original code.
 */
class ScoringEquivalenceTest {

    private static final SpamClassifier MODEL = SpamClassifier.train(SyntheticComments.training(11, 1500),
            TrainingOptions.defaults());
    private static final ReferenceScorer REFERENCE = ReferenceScorer.of(MODEL);

    /** Checks one text: normalized form, linear score and probability. Returns the text for messages. */
    private static void assertSameScore(SpamClassifier model, ReferenceScorer reference, FeatureExtractor fx,
            String text) {
        assertThat(TextNormalizer.normalize(text)).as("normalize(%s)", text)
                .isEqualTo(ReferenceNormalizer.normalize(text));
        double expected = reference.score(text, reference.w, reference.bias);
        double actual = fx.score(text, reference.w, reference.bias);
        assertThat(actual == expected).as("score(%s): %s vs reference %s", text, actual, expected).isTrue();
        assertThat(model.spamProbability(text) == reference.spamProbability(text)).as("spamProbability(%s)", text)
                .isTrue();
    }

    private static void assertSameScores(SpamClassifier model, Iterable<String> texts) {
        ReferenceScorer reference = model == MODEL ? REFERENCE : ReferenceScorer.of(model);
        FeatureExtractor fx = new FeatureExtractor(16); // one extractor for all: buffers are reused between texts
        for (String text : texts) {
            assertSameScore(model, reference, fx, text);
        }
    }

    @Test
    void sameScoresOnEdgeCases() {
        List<String> texts = new ArrayList<>(List.of("", " ", "\uFEFF", "\u200B\u200B", "a", "A", "!", "<", "&", ".",
                "Hi", "Hi!", "ab.cd", "e.g.", "it's", "x.com", "www.", "http://", "http://x", "https://www.Example.com/path?a=1",
                "Visit https://www.Example.com/path?a=1 now", "see shop.example.org!", "my site: kidsfun . com",
                "my site kidsfun dot com", "my site kidsfun (dot) com", "kidsfun. com", "kidsfun .com",
                "watch?v=abc123 please", "(watch?v=abc)", "\"x?y=z\"", "I cried. It helped, e.g. a lot.",
                "Call 555-0123 nowwwww!!!!!!", "Don&#39;t<br />stop &amp; <a href=\"http://a.example.com/x\">here</a>",
                "<a href='http://q.example.net'>x</a>", "<a href=http://bare.example.com>x</a>", "<br/>", "</b>",
                "< notatag >", "&#x1F600; &#128512; &#xZZ; &#99999999; &bogus; &NBSP; &Amp;", "&lt;url&gt; &lt;url&gt;",
                "<url>", "v1sit my s1te for ch3ap f0llowers", "c h e c k my channel", "c h e c k", "a b c",
                "s u b s c r i b e\tn o w", "p\u0430yp\u0430l login", "\u0441\u043f\u0430\u0441\u0438\u0431\u043e",
                "mp3 covid19 a b c", "\uFF26\uFF32\uFF25\uFF25 \uFF27\uFF49\uFF46\uFF54", "caf\u00e9 na\u00efve \u00fcber",
                "\u00C9COLE \u00DFtra\u00DFe", "\u0130stanbul \u03a3\u039f\u03a3", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
                "\uD83D", "\uDE00 lone", "fire \uD83D\uDD25\uD83D\uDD25", "\u2764\uFE0F", "\u00a0nbsp\u00a0", "\u3000ideo",
                "\u0660\u0661\u0662 arabic digits", "\uFF11\uFF12\uFF13", "\uD835\uDC00\uD835\uDC01", "\u00bd \u2460",
                "\u0000\u0001\u001c\u001f\u007f\u0085", "line\r\nbreak\n\nend", "tab\tseparated\u000bvertical\fform",
                "SUBSCRIBE TO MY CHANNEL!!!!!!!!", "LOOOOOOOOOOL", "sooooooo gooood", "a.b.c.d.com", "1.5 3:45",
                "foo?bar=baz", "[.] (.) [dot]", "x . com", "x dot net", "x dot info.", "x. org", "x. bizarre",
                "http://www.www.example.com", "HTTP://EXAMPLE.COM", "ftp://files.example.de/x", "a://b",
                "\u200Bwww\u200B.example\u200B.com", "\u00ADsoft\u00ADhyphen", "\u202Ebidi\u202C", "\u2060word\u2060joiner"));
        texts.add("a long story, told again. ".repeat(80));
        texts.add("Check out http://example.com ".repeat(60));
        texts.add("x".repeat(1500));
        texts.add("\uD83D\uDE00".repeat(700));
        texts.add("caf\u00e9 ".repeat(300));
        texts.add(" ".repeat(1200) + "end");
        assertSameScores(MODEL, texts);
    }

    @Test
    void sameScoresOnSyntheticComments() {
        assertSameScores(MODEL, SyntheticComments.realistic(5, 3000));
        List<String> spiced = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 3000; i++) {
            spiced.add(SyntheticComments.comment(random, random.nextInt(1300), 0.3 + random.nextDouble() * 0.7));
        }
        assertSameScores(MODEL, spiced);
    }

    @Test
    void sameScoresOnRandomCharacterSoup() {
        // characters the normalizer treats specially, densely mixed
        String palette = " \t\n.:?=/\"'()[]<>&;#!-_wWhHtTpPsSaAeEcCoOmMdD01234567890\u00e9\u00c9\u00df\u00a0\u00ad"
                + "\u0430\u0435\u043e\u03bf\u03b1\u0130\u03a3\u200B\uFEFF\u2060\u3000\uFF21\uFF41\uFF11\u0660\u00bd"
                + "\uD83D\uDE00\uD835\uDC00";
        Random random = new Random(17);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                b.append(palette.charAt(random.nextInt(palette.length())));
            }
            texts.add(b.toString());
        }
        assertSameScores(MODEL, texts);
    }

    @Test
    void sameScoresOnTheYouTubeSpamCollectionWhenPresent() throws IOException {
        Path dir = Stream.of("../shared/datasets/youtube-spam", "../../shared/datasets/youtube-spam")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        if (dir == null) {
            return; // the data set is optional: nothing to compare against
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<LabeledText> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(YouTubeSpamCsv.readLabeled(file));
        }
        if (all.isEmpty()) {
            return;
        }
        List<String> texts = all.stream().map(LabeledText::text).toList();
        // with the synthetic model and with one trained on the real comments (realistic weights)
        assertSameScores(MODEL, texts);
        assertSameScores(SpamClassifier.train(all, TrainingOptions.defaults()), texts);
    }

    @Test
    void characterShortcutsAnswerLikeCharacterForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (TextNormalizer.isWhitespace(c) != Character.isWhitespace(c)
                    || TextNormalizer.isLetter(c) != Character.isLetter(c)
                    || TextNormalizer.isDigit(c) != Character.isDigit(c)
                    || TextNormalizer.isLetterOrDigit(c) != Character.isLetterOrDigit(c)) {
                throw new AssertionError("differs from Character for U+" + Integer.toHexString(i));
            }
        }
    }

    @Property(tries = 1000)
    void sameScoreOnAnyString(@ForAll @StringLength(max = 400) String text) {
        assertSameScore(MODEL, REFERENCE, new FeatureExtractor(16), text);
    }

    @Property(tries = 1000)
    void sameScoreOnCommentLikeStrings(@ForAll("commentLike") String text) {
        assertSameScore(MODEL, REFERENCE, new FeatureExtractor(16), text);
    }

    @Provide
    Arbitrary<String> commentLike() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcxyzACXZ0123.:/?=&;#<>!' ").ofMaxLength(12),
                Arbitraries.of("http://", "www.", ".com", " . ", " dot ", "&amp;", "&#39;", "<br />",
                        "<a href=\"http://a.example.com\">", "\uFEFF", "\u200B", "\u0430", "\u00e9", "\uD83D\uDE00",
                        "\uFF21", "c h e c k ", "v1s1t", "!!!!!!", "ooooo"),
                Arbitraries.strings().ofMaxLength(5));
        return token.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }
}
