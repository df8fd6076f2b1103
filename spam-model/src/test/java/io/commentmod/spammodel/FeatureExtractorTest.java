package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    @Test
    void fastScoreEqualsTheDotProductOfTheExtractedVector() {
        int bits = 12;
        float[] w = new float[1 << bits];
        Random random = new Random(3);
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        FeatureExtractor fx = new FeatureExtractor(bits);
        for (String text : new String[] {"", "Hi", "Visit www.example.com NOW!!!", "I felt seen\uFEFF, thank you.",
            "Ｆｕｌｌ width and 12345 digits <br /> &amp; markup", "a long story, told again. ".repeat(80)}) {
            fx.extract(text);
            double dot = 0.25;
            for (int k = 0; k < fx.size; k++) {
                dot += w[fx.index[k]] * fx.value[k];
            }
            assertThat(fx.score(text, w, 0.25f)).as(text).isCloseTo(dot, within(1e-4));
        }
    }

    @Test
    void invisibleCharactersChangeNoFeature() {
        FeatureExtractor a = new FeatureExtractor(16);
        FeatureExtractor b = new FeatureExtractor(16);
        a.extract("check this out");
        b.extract("\uFEFFcheck\u200B this out\uFEFF");
        assertThat(java.util.Arrays.copyOf(b.index, b.size)).containsExactly(java.util.Arrays.copyOf(a.index, a.size));
    }
}
