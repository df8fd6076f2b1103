package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void removesInvisibleCharactersSoTheyCanNeverBeLearned() {
        assertThat(TextNormalizer.normalize("Nice\uFEFF song\u200B!\u00AD")).isEqualTo("nice song!");
        assertThat(TextNormalizer.normalize("\uFEFF")).isEmpty();
    }

    @Test
    void foldsCompatibilityCharactersAndCase() {
        assertThat(TextNormalizer.normalize("ＦＲＥＥ Ｇｉｆｔ")).isEqualTo("free gift");
    }

    @Test
    void reducesLinksToAMarkerAndTheirHost() {
        assertThat(TextNormalizer.normalize("Visit https://www.Example.com/path?a=1 now"))
                .isEqualTo("visit <url> example.com now");
        assertThat(TextNormalizer.normalize("see shop.example.org!")).isEqualTo("see <url> shop.example.org");
        assertThat(TextNormalizer.normalize("my site: kidsfun . com")).isEqualTo("my site: <url> kidsfun.com");
        assertThat(TextNormalizer.normalize("my site kidsfun dot com")).isEqualTo("my site <url> kidsfun.com");
        assertThat(TextNormalizer.normalize("watch?v=abc123 please")).isEqualTo("<url> please");
    }

    @Test
    void leavesOrdinarySentencesAlone() {
        assertThat(TextNormalizer.normalize("I cried. It helped, e.g. a lot.")).isEqualTo("i cried. it helped, e.g. a lot.");
    }

    @Test
    void reducesMarkupDigitsAndRepeats() {
        assertThat(TextNormalizer.normalize("Call 555-0123 nowwwww!!!!!!")).isEqualTo("call #-# nowww!!!");
        assertThat(TextNormalizer.normalize("Don&#39;t<br />stop &amp; <a href=\"http://a.example.com/x\">here</a>"))
                .isEqualTo("don't stop & <url> a.example.com here");
    }

    @Test
    void undoesCommonObfuscation() {
        assertThat(TextNormalizer.normalize("v1sit my s1te for ch3ap f0llowers")).isEqualTo("visit my site for cheap followers");
        assertThat(TextNormalizer.normalize("c h e c k my channel")).isEqualTo("check my channel");
        assertThat(TextNormalizer.normalize("p\u0430yp\u0430l login")).isEqualTo("paypal login");
        assertThat(TextNormalizer.normalize("\u0441\u043f\u0430\u0441\u0438\u0431\u043e")).isEqualTo("\u0441\u043f\u0430\u0441\u0438\u0431\u043e");
        assertThat(TextNormalizer.normalize("mp3 covid19 a b c")).isEqualTo("mp# covid# a b c");
    }
}
