package io.commentmod.spammodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SpamClassifierTest {

    static List<LabeledText> examples() {
        String[] spam = {
            "Check out my channel for funny videos, please subscribe!",
            "Subscribe to my channel and like my new video http://example-videos.com",
            "Make money online fast, visit www.easy-cash.example.net today",
            "Buy cheap pills now at pharmacy-deals.com, free shipping",
            "Please check out my music page, follow me for more",
            "Win free gift cards here: giftcards-now.info",
            "Hey guys visit my blog for crypto tips, link in my profile",
            "Earn $500 a day working from home, click here http://jobs.example.org",
        };
        String[] ham = {
            "My therapist cried once too and it actually helped me trust her.",
            "I think this answer is very thoughtful, thank you for writing it.",
            "This happened to me during a hard session and I felt seen.",
            "I disagree, a therapist should keep their emotions in check.",
            "Reading this made me feel less alone with my anxiety.",
            "Thank you, I will bring this up with my counselor next week.",
            "It is normal to have feelings, therapists are human too.",
            "I was nervous about my first appointment but it went well.",
        };
        List<LabeledText> all = new ArrayList<>();
        for (int i = 0; i < spam.length; i++) {
            all.add(new LabeledText(spam[i], true));
            all.add(new LabeledText(ham[i], false));
        }
        return all;
    }

    @Test
    void separatesSpamFromOrdinaryComments() {
        SpamClassifier model = SpamClassifier.train(examples(), TrainingOptions.defaults());

        assertThat(model.spamProbability("Please subscribe to my channel, check out my videos"))
                .isGreaterThan(0.5);
        assertThat(model.spamProbability("My therapist helped me a lot, thank you for this answer"))
                .isLessThan(0.5);
        assertThat(model.spamProbability("")).isBetween(0.0, 1.0);
    }

    @Test
    void neverLearnsFromInvisibleCharacters() {
        List<LabeledText> biased = new ArrayList<>();
        for (LabeledText e : examples()) {
            biased.add(new LabeledText(e.spam() ? e.text() + "\uFEFF" : e.text(), e.spam()));
        }
        SpamClassifier model = SpamClassifier.train(biased, TrainingOptions.defaults());
        SpamClassifier clean = SpamClassifier.train(examples(), TrainingOptions.defaults());

        String text = "I felt the same after my session";
        assertThat(model.spamProbability(text + "\uFEFF")).isEqualTo(model.spamProbability(text));
        assertThat(model.version()).isEqualTo(clean.version());
    }

    @Test
    void trainingIsDeterministicForASeed() {
        SpamClassifier a = SpamClassifier.train(examples(), TrainingOptions.defaults());
        SpamClassifier b = SpamClassifier.train(examples(), TrainingOptions.defaults());
        SpamClassifier c = SpamClassifier.train(examples(), TrainingOptions.defaults().withSeed(7));

        assertThat(a.toBytes()).isEqualTo(b.toBytes());
        assertThat(a.version()).isEqualTo(b.version()).startsWith("sm-");
        assertThat(c.version()).isNotEqualTo(a.version());
    }

    @Test
    void roundTripsThroughCompactBytes() {
        SpamClassifier model = SpamClassifier.train(examples(), TrainingOptions.defaults());
        byte[] bytes = model.toBytes();
        SpamClassifier copy = SpamClassifier.fromBytes(bytes);

        assertThat(copy.version()).isEqualTo(model.version());
        for (LabeledText e : examples()) {
            assertThat(copy.spamProbability(e.text())).isEqualTo(model.spamProbability(e.text()));
        }
        assertThat(bytes.length).isLessThan(model.nonZeroWeights() * 12 + 1024);
        assertThatThrownBy(() -> SpamClassifier.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void learnsOnlineWithANewVersionAndKeepsReadersConsistent() throws Exception {
        SpamClassifier model = SpamClassifier.train(examples(), TrainingOptions.defaults());
        SpamClassifier twin = SpamClassifier.fromBytes(model.toBytes());
        String text = "Join my garden club newsletter at greenthumbs.example.com";
        double before = model.spamProbability(text);
        String version = model.version();

        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> reads = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            reads.add(readers.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    double p = model.spamProbability(text);
                    assertThat(p).isBetween(0.0, 1.0);
                }
            }));
        }
        for (int i = 0; i < 5; i++) {
            model.learn(text, true);
            twin.learn(text, true);
        }
        for (Future<?> f : reads) {
            f.get(30, TimeUnit.SECONDS);
        }
        readers.shutdown();

        assertThat(model.spamProbability(text)).isGreaterThan(before);
        assertThat(model.version()).isNotEqualTo(version).isEqualTo(twin.version());
        assertThat(model.updates()).isEqualTo(5);
        SpamClassifier restored = SpamClassifier.fromBytes(model.toBytes());
        assertThat(restored.version()).isEqualTo(model.version());
        assertThat(restored.spamProbability(text)).isEqualTo(model.spamProbability(text));
    }

    @Test
    void complementNaiveBayesIsAvailableForComparison() {
        SpamClassifier model = SpamClassifier.train(examples(),
                TrainingOptions.defaults().withAlgorithm(TrainingOptions.Algorithm.COMPLEMENT_NAIVE_BAYES));
        assertThat(model.spamProbability("Please subscribe to my channel, check out my videos"))
                .isGreaterThan(model.spamProbability("My therapist helped me a lot, thank you"));
    }

    @Test
    void refusesNoExamples() {
        assertThatThrownBy(() -> SpamClassifier.train(List.of(), TrainingOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
