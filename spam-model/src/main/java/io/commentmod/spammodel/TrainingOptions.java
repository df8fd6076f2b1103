package io.commentmod.spammodel;

/**
 * How to train a {@link SpamClassifier}. Training is deterministic for the same examples (in the same order) and
 * the same options.
 *
 * @param algorithm    logistic regression (the default; see {@link Algorithm}) or complement naive Bayes
 * @param hashBits     log2 of the number of hashed feature buckets (10..24); 2^16 buckets by default (256 KiB of weights: fits
 *                     a core's L2 cache, which matters for speed; raise it once training sets grow past ~50k comments)
 * @param epochs       passes over the examples (logistic regression)
 * @param learningRate AdaGrad's base learning rate (logistic regression); also used by {@link SpamClassifier#learn}
 * @param l2           L2 penalty per update (logistic regression), applied lazily to the features an example touches
 * @param nbAlpha      additive smoothing (naive Bayes)
 * @param seed         seed of the example shuffling
 */
public record TrainingOptions(Algorithm algorithm, int hashBits, int epochs, double learningRate, double l2,
        double nbAlpha, long seed) {

    public enum Algorithm {
        /** Logistic regression trained by AdaGrad SGD with L2; calibrated probabilities, supports online learning. */
        LOGISTIC_REGRESSION,
        /** Complement naive Bayes (binary case = smoothed log-ratio of feature frequencies); kept for comparison. */
        COMPLEMENT_NAIVE_BAYES
    }

    public TrainingOptions {
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm is required");
        }
        if (hashBits < 10 || hashBits > 24) {
            throw new IllegalArgumentException("hashBits must be within 10..24: " + hashBits);
        }
        if (epochs < 1 || learningRate <= 0 || l2 < 0 || nbAlpha <= 0) {
            throw new IllegalArgumentException("epochs >= 1, learningRate > 0, l2 >= 0 and nbAlpha > 0 required");
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(Algorithm.LOGISTIC_REGRESSION, 16, 12, 0.2, 1e-5, 0.1, 42L);
    }

    public TrainingOptions withAlgorithm(Algorithm value) {
        return new TrainingOptions(value, hashBits, epochs, learningRate, l2, nbAlpha, seed);
    }

    public TrainingOptions withSeed(long value) {
        return new TrainingOptions(algorithm, hashBits, epochs, learningRate, l2, nbAlpha, value);
    }

    public TrainingOptions withEpochs(int value) {
        return new TrainingOptions(algorithm, hashBits, value, learningRate, l2, nbAlpha, seed);
    }

    public TrainingOptions withLearningRate(double value) {
        return new TrainingOptions(algorithm, hashBits, epochs, value, l2, nbAlpha, seed);
    }

    public TrainingOptions withL2(double value) {
        return new TrainingOptions(algorithm, hashBits, epochs, learningRate, value, nbAlpha, seed);
    }

    public TrainingOptions withHashBits(int value) {
        return new TrainingOptions(algorithm, value, epochs, learningRate, l2, nbAlpha, seed);
    }
}
