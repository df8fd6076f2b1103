package io.commentmod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Cyrillic а, о, с and Ukrainian і
            "Best \u0441\u0430s\u0456n\u043e ever      | best casino ever",
            // fullwidth letters (NFKC)
            "\uff23\uff21\uff33\uff29\uff2e\uff2f      | casino",
            // zero-width space, joiner and word joiner inside a word
            "ca\u200bsi\u200dn\u2060o              | casino",
            // spaced-out letters are joined, short runs stay
            "play c a s i n o now                      | play casino now",
            "I am a b c fan                            | i am a b c fan",
            // accents are dropped for matching
            "Caf\u00e9 na\u00efve                      | cafe naive"})
    void foldsDisguisesIntoPlainLowerCaseText(String original, String normalized) {
        assertThat(TextNormalizer.normalize(original).text()).isEqualTo(normalized);
    }

    @Test
    void whitespaceAndControlCharactersCollapseToSingleSpaces() {
        assertThat(TextNormalizer.normalize("  one \t\r\n  two\u0007three\u00a0four ").text())
                .isEqualTo("one two three four ");
    }

    @Test
    void theByteOrderMarkIsRemovedAndNotCountedAsATrick() {
        NormalizedText text = TextNormalizer.normalize("\ufeffHello the\ufeffre");

        assertThat(text.text()).isEqualTo("hello there");
        assertThat(text.stats().zeroWidthInWords()).isZero();
    }

    @Test
    void squeezingCollapsesStretchedLetters() {
        assertThat(TextNormalizer.normalize("Freeeee  moneyyyy!!!").squeezed()).isEqualTo("fre money!!!");
    }

    @Test
    void spansMapBackToTheOriginalCharacters() {
        // Given a disguised word with a zero-width space and a Cyrillic letter
        String original = "Visit \u0441a\u200bsino now";
        NormalizedText text = TextNormalizer.normalize(original);

        // When the normalized "casino" is mapped back
        int start = text.text().indexOf("casino");
        String evidence = text.originalOfText(start, start + "casino".length());

        // Then the moderator sees what was written
        assertThat(evidence).isEqualTo("\u0441a\u200bsino");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a combining accent belongs to the letter before it, wherever it comes in the text
            "Try the cafe\u0301 casino now       | casino | casino",
            "Try the casino\u0301 now            | casino | casino\u0301",
            // letters outside the BMP (mathematical bold) are two chars each
            "Try \ud835\udc1c\ud835\udc1a\ud835\udc2c\ud835\udc22\ud835\udc27\ud835\udc28 now | casino "
                    + "| \ud835\udc1c\ud835\udc1a\ud835\udc2c\ud835\udc22\ud835\udc27\ud835\udc28",
            // a ligature is one original character for two folded ones
            "A \ufb01ne casino                  | casino | casino",
            "A \ufb01ne casino                  | fine   | \ufb01ne"})
    void spansMapBackWhateverTheCharactersWereWorth(String original, String word, String evidence) {
        NormalizedText text = TextNormalizer.normalize(original);

        int start = text.text().indexOf(word);
        int squeezedStart = text.squeezed().indexOf(word);

        assertThat(text.originalOfText(start, start + word.length())).isEqualTo(evidence);
        assertThat(text.originalOfSqueezed(squeezedStart, squeezedStart + word.length())).isEqualTo(evidence);
    }

    @Test
    void aSqueezedSpanShowsTheStretchedOriginal() {
        NormalizedText text = TextNormalizer.normalize("Play CAAASIIINOOO now");

        int start = text.squeezed().indexOf("casino");

        assertThat(text.originalOfSqueezed(start, start + "casino".length())).isEqualTo("CAAASIIINOOO");
    }

    @Test
    void countsTheTricksItUndid() {
        NormalizedText text = TextNormalizer.normalize("\u0441asino bo\u200bnus f r e e spins");

        assertThat(text.stats().disguisedWords()).isEqualTo(1);
        assertThat(text.stats().zeroWidthInWords()).isEqualTo(1);
        assertThat(text.stats().spacedLetterRuns()).isEqualTo(1);
    }

    @Test
    void ordinaryTextInOtherScriptsIsNotDisguised() {
        NormalizedText text = TextNormalizer.normalize("\u041f\u0440\u0438\u0432\u0435\u0442, "
                + "\u043a\u0430\u043a \u0434\u0435\u043b\u0430? Caf\u00e9 \u00fcber \u4f60\u597d");

        assertThat(text.stats().disguisedWords()).isZero();
        assertThat(text.stats().zeroWidthInWords()).isZero();
    }

    @Test
    void theDuplicateKeyIgnoresCaseDisguisesPunctuationAndStretching() {
        assertThat(TextNormalizer.duplicateKey("Great video!!! Check my channel"))
                .isEqualTo(TextNormalizer.duplicateKey("great   vid\u0435o... check my chaaannel"))
                .isEqualTo("great video check my chanel");
    }

    @Test
    void loneSurrogatesAndHugeInputsAreHandled() {
        String broken = "a\ud800b\udc00c";
        assertThat(TextNormalizer.normalize(broken).text()).isEqualTo("a b c");

        String huge = "x".repeat(TextNormalizer.MAX_ANALYZED_CHARS + 10);
        NormalizedText text = TextNormalizer.normalize(huge);
        assertThat(text.truncated()).isTrue();
        assertThat(text.text()).hasSize(TextNormalizer.MAX_ANALYZED_CHARS);
        assertThat(text.original()).isEqualTo(huge);
    }
}
