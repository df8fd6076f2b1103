package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts {@link TextNormalizer} takes for texts that are not plain ASCII (the table of NFKC-inert characters,
 * lower-casing in place, no Strings without markup) must give exactly what {@link ReferenceNormalizer} gives. The
 * texts here mix the characters those shortcuts treat specially, or must refuse: İ, Σ, ς, combining marks, Hangul
 * jamo, compatibility characters, surrogates, markup.
 */
class NormalizerFastPathEquivalenceTest {

    /** Characters at the edges of the shortcuts, each as its own string (supplementary ones as surrogate pairs). */
    private static final List<String> SPECIAL = List.of(
            "\u0130", "\u0131", "\u03a3", "\u03c3", "\u03c2", "\u0391", "\u0392", "\u0399\u0308", "\u030a",
            "\u0301", "\u0308", "\u0327", "\u0334", "\u0345", "\u0338", "\u20dd", "\u0903", "\u093c", "\u09be",
            "\u09d7", "\u0b3e", "\u0bbe", "\u0cc2", "\u0d3e", "\u0dcf", "\u102e", "\u3099", "\u309a",
            "\u1100", "\u1161", "\u11a8", "\u1112", "\u1175", "\u11c2", "\u3131", "\u314f", "\uac00", "\ud7a3",
            "\ua960", "\ud7b0", "\uff21", "\uff41", "\uff11", "\ufb01", "\ufb00", "\u00b2", "\u2075", "\u00bd",
            "\u2460", "\u00a0", "\u3000", "\u2002", "\u00b5", "\u212a", "\u212b", "\u2126", "\u1e9e", "\u00df",
            "\u00c7", "\u00e7", "\u1e08", "e", "E", "a", "A", "o", "c", "\u00e9", "\u00c9", "\u00ff", "\u0178",
            "\u0149", "\u01c5", "\u01c4", "\u1f88", "\u1fbc", "\u2260", "\u226e", "=", "<", ">", "&",
            "\u0410", "\u0430", "\u0401", "\u0435", "\u0300", "\u05d0", "\u05b7", "\u0627", "\u0653", "\u0e01",
            "\u0e33", "\u4e00", "\uf900", "\u3042", "\u304b", "\u30ab", "\uff76", "\uff9e", "\uFEFF", "\u200B",
            "\u00ad", "\uD835\uDC00", "\uD835\uDC1A", "\uD83D\uDE00", "\uD83D\uDD25", "\uD83C\uDDE9",
            "\uD83C\uDFFB", "\uD801\uDC00", "\uD801\uDC28", "\uD804\uDC99", "\uD804\uDCBA", "\uD834\uDD65",
            "\uD87E\uDC00", "\uD83D", "\uDE00", "\u2764", "\uFE0F", "\uFE0E", " ", "\t", "\n", ".", "1", "!");

    private static void assertSame(String text) {
        assertThat(TextNormalizer.normalize(text)).as("normalize(%s)", escaped(text))
                .isEqualTo(ReferenceNormalizer.normalize(text));
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    @Test
    void sameOnTextsMixingSpecialCasedCharacters() {
        List<String> texts = new ArrayList<>(List.of(
                "\u0130stanbul", "\u0130", "i\u0130I", "\u0130\u0301", "caf\u00e9 \u0130zmir",
                "\u039f\u0394\u039f\u03a3", "\u03a3", "\u03a3\u03a3", "A\u03a3", "A\u03a3 B", "A\u03a3B", "\u03a3A",
                "\u039f\u03a3.", "\u039f\u03a3\u0301", "\u039f\u03a3\u00ad", "\u03c3\u03c2 \u03c2\u03c3",
                "e\u0301", "E\u0301cole", "caf\u00e9\u0301", "a\u0308\u0301", "\u00c7\u0301", "\u0391\u0345",
                "n\u0303o", "\u1100\u1161\u11a8", "\u1100\u1161", "\u1112\u1175\u11c2", "\uac00\u11a8",
                "\u3131\u314f", "\u1100 \u1161", "\uff26\uff32\uff25\uff25 \uff27\uff49\uff46\uff54", "\ufb01nd",
                "x\u00b2 + y\u00b2", "\u00bd cup", "\u2460\u2461", "a\u00a0b", "\u3000ideo", "\u212a\u212b\u2126",
                "STRA\u1e9eE stra\u00dfe", "\u00ff\u0178", "\u0149", "\u01c5\u01c4", "\u1f88\u1fbc", "a\u0338",
                "=\u0338", "<\u0338", "\uD835\uDC00\uD835\uDC1A", "\uD835\uDC00BC", "\uD83D\uDE00 smile",
                "fire \uD83D\uDD25\uD83D\uDD25", "\uD83C\uDDE9\uD83C\uDDEA", "\uD83D\uDC4D\uD83C\uDFFB",
                "\uD801\uDC00\uD801\uDC28", "DESERET \uD801\uDC00", "\uD804\uDC99\uD804\uDCBA", "\uD87E\uDC00",
                "lone \uD83D high", "lone \uDE00 low", "\uD83D", "\uDE00\uD83D", "\u2764\uFE0F", "\u304b\u3099",
                "\u30ab\u3099", "\uff76\uff9e", "\u0627\u0653", "\u09c7\u09be", "\u0b47\u0b3e", "\u0dd9\u0dcf",
                "\u1025\u102e", "\u0915\u093c", "\u05d0\u05b7", "\u0e01\u0e33", "\u4e00\uf900",
                "<b>\u00c9cole</b> & caf\u00e9", "<a href=\"http://\u00e9.example.com\">\u039f\u03a3</a>",
                "&#304;stanbul &#931; &#x3a3;x", "&#xD83D;&#xDE00; &#x1F600;", "&#x1D400; &#x301;", "e&#x301;",
                "\uff21&amp;\uff22", "\u00c9 &lt;url&gt; \u00c9", "caf\u00e9 <br/>\u03a3", "\u0130<i>x</i>",
                "&#7838; &#8490; &#x130;", "\u00e9&#x301;", "a&nbsp;\u00e9", "\u03a3&amp;", "&#x3a3;&amp;",
                "P\u0430YP\u0410L \u0421\u0410\u0422", "v1s1t caf\u00e9 www.caf\u00e9.com", "\u0410\u0411\u0412",
                "\uFEFF\u00c9\u200Bcole\u00ad", "\u200B\u03a3\u200B", "e\u200B\u0301",
                // NFKC piece by piece: at the start, the end, several in a row, next to markup, İ and Σ
                "W\u030a", "w\u030a", "WW\u030a", "Y\u030a y\u030a", "\u0301abc", "abc\u0301", "\u0301",
                "a\u0301\u0301\u0327b", "\uff21\uff22\uff23", "x\uff21y\uff22z", "\u00bd\u2460\u00b2",
                "\u3000\u00a0\u3000", "\uff1cb\uff1ex\uff1c/b\uff1e", "\uff06amp; \uff06#x3a3;",
                "\ufb01 <b>\u03a3</b> \u0130", "\uD835\uDC00\u0301", "\uD83D\uDE00\u0301\uD83D",
                "\u1100\u1161\u11a8\u1100\u1161", "\u1100\u1161\u11a8\u11a8", "\uac00\u11a8",
                "\u2764\uFE0F\u2764\uFE0F", "\u0915\u093c\u0915", "\u00c7\u0301\u0327", "\u03a3\u0301",
                "\u0130\u0307", "\u0049\u0307", "\u1e9b\u0323", "\u0f77 \u0f73", "\u0344\u0344"));
        // markup, now stripped and decoded in place: limits, unquoted and missing values, entities without ';'
        String longTag = "<a title=\"" + "\u00e9".repeat(389) + "\">"; // 399 characters between '<' and '>'
        texts.addAll(List.of(longTag + "x\u00c9", "y" + longTag.replace("\">", "\u00e9\">") + "\u00c9",
                "\u00e9&#x0000041; &#x00000041; &#00000065; &#000000065;", "\u00e9&amp &amp;amp; &;&#;&#x;",
                "\u00e9<A HREF='X.example.com'>L</A>", "\u00e9<a href=x.example.com>", "\u00e9<a href=>",
                "\u00e9<a href=", "\u00e9<a\u00e9>", "\u00e9<1>", "\u00e9< a>", "\u00e9</>", "\u00e9<br/><br/>",
                "\u00e9&#1114111; &#1114112; &#x10FFFF; &#-1;", "\u00e9<a href=\"\u00c9.com\">",
                "\u00e9<a href='a b'>&lt;b&gt;x&lt;/b&gt;", "\u00e9&lt;<b>&gt;", "\uff1c\u00e9>"));
        for (String s : SPECIAL) {
            texts.add(s);
            texts.add("Ab" + s + "Cd");
            texts.add(s + " " + s);
            texts.add("\u00c9" + s + "\u03a3");
        }
        for (String text : texts) {
            assertSame(text);
        }
    }

    @Test
    void sameForEveryCharBetweenOthers() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            String c = String.valueOf((char) i);
            assertSame("\u00c9t" + c + "E\u0301");
            assertSame("x" + c);
        }
    }

    @Test
    void lowerCasingInPlaceIsStringToLowerCaseForEveryChar() {
        // the in-place path relies on this for every char it does not refuse
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                continue;
            }
            String s = "\u00e9" + c + "x" + c;
            assertThat(s.toLowerCase(Locale.ROOT)).as("U+%04X", i)
                    .isEqualTo("\u00e9" + Character.toLowerCase(c) + "x" + Character.toLowerCase(c));
        }
    }

    @Test
    void inertCharactersIncludeTheCommonOnesAndNoneThatCanCombine() {
        for (String s : List.of("\u00e9", "\u00fc", "\u00df", "\u0430", "\u03b1", "\u4e00", "\u3042")) {
            assertThat(TextNormalizer.NfkcInert.contains(s.codePointAt(0))).as(s).isTrue();
        }
        assertThat(TextNormalizer.NfkcInert.contains(0x1F600)).isTrue();
        for (String s : List.of("\u0301", "\u0345", "\u1161", "\u11a8", "\u1100", "\u09be", "\u3099", "\uff21",
                "\ufb01", "\u00b2", "\u212a", "\u00a0", "\uD835\uDC00",
                "\uD83D", "\uDE00")) {
            assertThat(TextNormalizer.NfkcInert.contains(s.codePointAt(0))).as(escaped(s)).isFalse();
        }
        // the second of every canonical composition pair is left out: it may combine with what comes before
        for (int cp = 0x80; cp < 0x20000; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            String composite = Character.toString(cp);
            String d = Normalizer.normalize(composite, Normalizer.Form.NFD);
            if (!d.equals(composite) && Normalizer.isNormalized(composite, Normalizer.Form.NFC)) {
                int last = d.codePointBefore(d.length());
                assertThat(TextNormalizer.NfkcInert.contains(last)).as("U+%04X in U+%04X", last, cp).isFalse();
            }
            if (TextNormalizer.NfkcInert.contains(cp)) {
                // after a starter that may compose, and before a mark: still normalized exactly when alone
                assertThat(Normalizer.isNormalized("a" + composite + "\u00e9", Normalizer.Form.NFKC))
                        .as("U+%04X", cp).isTrue();
            }
        }
    }

    @Property(tries = 5000)
    void sameOnStringsOfSpecialCharacters(@ForAll("specialSoup") String text) {
        assertSame(text);
    }

    /** Characters the in-place path takes (İ and Σ only to be refused by the lower-casing), drawn most often. */
    private static final List<String> COMMON = List.of("a", "B", "e", "\u00e9", "\u00c9", "\u00df", "\u00ff",
            "\u0130", "\u0131", "\u03a3", "\u03c3", "\u03c2", "\u039f", "\u0391", "\u0410", "\u0430", "\u4e00",
            "\u3042", "\u00c7", "\u2260", "\u00b5", "\uD83D\uDE00", "\uD83C\uDFFB", "\uD801\uDC00", " ", ".", "1",
            "W", "w", "Y");

    @Provide
    Arbitrary<String> specialSoup() {
        // mostly characters of the in-place path with now and then one that must send the text the general way
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(COMMON)),
                Tuple.of(2, Arbitraries.of(SPECIAL)),
                Tuple.of(2, Arbitraries.strings().withChars("abcXYZ <>&;#/=\".").ofMaxLength(4)),
                Tuple.of(1, Arbitraries.of("<b>", "</b>", "&amp;", "&#x3a3;", "&#304;", "&#x301;", "&#x1F600;",
                        "&#xD83D;", "<a href='http://x.example.com'>", "www.", ".com", "c h e c k ")),
                Tuple.of(1, Arbitraries.chars().map(String::valueOf)));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
