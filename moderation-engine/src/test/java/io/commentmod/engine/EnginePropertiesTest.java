package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.commentmod.contracts.Decision;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over generated text: robustness, determinism, obfuscation invariance. */
class EnginePropertiesTest {

    private static final ModerationEngine ENGINE = ModerationEngine.withDefaults();

    /** Known spam phrases (from the default list and the built-in patterns), each rejected in plain form. */
    private static final List<String> SPAM = List.of("buy now", "online casino", "free spins", "cheap viagra",
            "customer support number", "bitcoin investment", "click here", "limited time offer", "payday loan");

    /** Latin letters and their Cyrillic look-alikes. */
    private static final String LATIN = "aceopxyi";
    private static final String CYRILLIC = "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0456";

    @Property(tries = 300)
    void neverThrowsAndAlwaysDecidesOnAnyString(@ForAll("anyText") String body) {
        Verdict verdict = ENGINE.evaluate(CommentToModerate.withBody(body));

        assertThat(verdict.decision()).isNotNull();
        assertThat(verdict.priority()).isNotNull();
        assertThat(verdict.ruleIds()).doesNotContain(ModerationEngine.ENGINE_ERROR);
        assertThat(verdict.decision() == Decision.HOLD).isEqualTo(verdict.queueReason() != null);
    }

    @Property(tries = 5)
    void handlesHugeInputs(@ForAll("anyText") String seed, @ForAll @IntRange(min = 20_000, max = 200_000) int size) {
        String body = (seed + " x.co 0800 ").repeat(size / Math.max(1, seed.length() + 10) + 1);

        Verdict verdict = ENGINE.evaluate(CommentToModerate.withBody(body));

        assertThat(verdict.ruleIds()).doesNotContain(ModerationEngine.ENGINE_ERROR);
    }

    @Property(tries = 200)
    void isDeterministic(@ForAll("anyText") String body) {
        CommentToModerate comment = CommentToModerate.withBody(body);

        assertThat(ENGINE.evaluate(comment)).isEqualTo(ENGINE.evaluate(comment))
                .isEqualTo(ModerationEngine.withDefaults().evaluate(comment));
    }

    @Property(tries = 300)
    void disguisingAKnownSpamPhraseDoesNotChangeTheDecision(@ForAll("spamComment") String plain,
            @ForAll("disguise") Disguise disguise, @ForAll long seed) {
        Verdict original = ENGINE.evaluate(CommentToModerate.withBody(plain));
        String disguised = disguise.apply(plain, new java.util.Random(seed));

        Verdict verdict = ENGINE.evaluate(CommentToModerate.withBody(disguised));

        assertThat(original.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.decision()).as("%s -> %s: %s", plain, disguised, verdict.signals())
                .isEqualTo(original.decision());
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\ud800', '\udfff')
                .withChars("a \u200b\ufeff\u0000\u0007\n").ofMaxLength(50);
        Arbitrary<String> wordy = Arbitraries.of("buy", "now", "my", "channel", "http://", "www.", ".com", "@", "0800",
                "123", "4567", "kill", "myself", "suicide", " ", ".", "\u0430", "\u200b", "c a s i n o", "!!!!!!",
                "(", ")", "+44", "me", "at", "dot", "12 Elm Street").list().ofMaxSize(40)
                .map(parts -> String.join(" ", parts));
        return Arbitraries.oneOf(unicode, surrogates, wordy);
    }

    @Provide
    Arbitrary<String> spamComment() {
        Arbitrary<String> phrase = Arbitraries.of(SPAM);
        Arbitrary<String> before = Arbitraries.of("", "Hey guys, ", "Great article! ", "Readers: ");
        Arbitrary<String> after = Arbitraries.of("", " today", " for everyone", "!");
        return Combinators.combine(before, phrase, after).as((b, p, a) -> b + p + a);
    }

    @Provide
    Arbitrary<Disguise> disguise() {
        return Arbitraries.of(Disguise.values());
    }

    enum Disguise {
        /** Zero-width characters between letters. */
        ZERO_WIDTH {
            @Override
            String apply(String text, java.util.Random random) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    out.append(text.charAt(i));
                    if (Character.isLetter(text.charAt(i)) && random.nextInt(3) == 0) {
                        out.append("\u200b\u200c\u200d\u2060\ufeff".charAt(random.nextInt(5)));
                    }
                }
                return out.toString();
            }
        },
        /** Cyrillic look-alikes for some Latin letters. */
        HOMOGLYPHS {
            @Override
            String apply(String text, java.util.Random random) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    int at = LATIN.indexOf(c);
                    out.append(at >= 0 && random.nextBoolean() ? CYRILLIC.charAt(at) : c);
                }
                return out.toString();
            }
        },
        /** Every letter of the phrase spaced out: "b u y n o w". */
        SPACED {
            @Override
            String apply(String text, java.util.Random random) {
                for (String phrase : SPAM) {
                    int at = text.indexOf(phrase);
                    if (at >= 0) {
                        String spaced = String.join(" ", phrase.replace(" ", "").split(""));
                        return text.substring(0, at) + spaced + text.substring(at + phrase.length());
                    }
                }
                return text;
            }
        };

        abstract String apply(String text, java.util.Random random);
    }

    @Property(tries = 200)
    void theDuplicateKeyIgnoresCaseInvisibleCharactersAndPunctuation(@ForAll("sentence") String text,
            @ForAll long seed) {
        String key = TextNormalizer.duplicateKey(text);
        String disguised = Disguise.ZERO_WIDTH.apply(text.toUpperCase(java.util.Locale.ROOT), new java.util.Random(seed))
                + "!!";

        assertThat(TextNormalizer.duplicateKey(disguised)).isEqualTo(key);
        assertThat(TextNormalizer.duplicateKey(key)).isEqualTo(key);
    }

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12).list().ofMinSize(1)
                .ofMaxSize(12).map(words -> String.join(" ", words));
    }
}
