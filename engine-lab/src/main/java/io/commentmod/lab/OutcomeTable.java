package io.commentmod.lab;

import java.util.Locale;

/** Counts of outcome x truth, and the metrics derived from them with HOLD and REJECT counted as "kept out". */
public final class OutcomeTable {

    private final long[][] counts = new long[2][Outcome.values().length]; // [spam?1:0][outcome]
    private long nanos;

    public void add(boolean spam, Outcome outcome) {
        counts[spam ? 1 : 0][outcome.ordinal()]++;
    }

    public void addNanos(long value) {
        nanos += value;
    }

    public void addAll(OutcomeTable other) {
        for (int t = 0; t < 2; t++) {
            for (int o = 0; o < counts[t].length; o++) {
                counts[t][o] += other.counts[t][o];
            }
        }
        nanos += other.nanos;
    }

    public long count(boolean spam, Outcome outcome) {
        return counts[spam ? 1 : 0][outcome.ordinal()];
    }

    public long spam() {
        return counts[1][0] + counts[1][1] + counts[1][2];
    }

    public long legitimate() {
        return counts[0][0] + counts[0][1] + counts[0][2];
    }

    public long total() {
        return spam() + legitimate();
    }

    public long truePositives() {
        return count(true, Outcome.HOLD) + count(true, Outcome.REJECT);
    }

    public long falsePositives() {
        return count(false, Outcome.HOLD) + count(false, Outcome.REJECT);
    }

    public long falseNegatives() {
        return count(true, Outcome.PUBLISH);
    }

    public long trueNegatives() {
        return count(false, Outcome.PUBLISH);
    }

    public double accuracy() {
        return ratio(truePositives() + trueNegatives(), total());
    }

    public double precision() {
        return ratio(truePositives(), truePositives() + falsePositives());
    }

    public double recall() {
        return ratio(truePositives(), spam());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double mcc() {
        double tp = truePositives();
        double tn = trueNegatives();
        double fp = falsePositives();
        double fn = falseNegatives();
        double d = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return d == 0 ? 0 : (tp * tn - fp * fn) / d;
    }

    /** Spam published / spam. */
    public double leakRate() {
        return ratio(count(true, Outcome.PUBLISH), spam());
    }

    /** Legitimate rejected / legitimate. */
    public double lossRate() {
        return ratio(count(false, Outcome.REJECT), legitimate());
    }

    /** Legitimate held / legitimate. */
    public double legitimateHeldRate() {
        return ratio(count(false, Outcome.HOLD), legitimate());
    }

    /** Held / all comments: the moderators' load. */
    public double heldShare() {
        return ratio(count(true, Outcome.HOLD) + count(false, Outcome.HOLD), total());
    }

    public double commentsPerSecond() {
        return nanos == 0 ? 0 : total() / (nanos / 1e9);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s%n", "", "PUBLISH", "HOLD", "REJECT", "total"));
        for (boolean spam : new boolean[] {true, false}) {
            out.append(String.format(Locale.ROOT, "%-12s %8d %8d %8d %8d%n", spam ? "spam" : "legitimate",
                    count(spam, Outcome.PUBLISH), count(spam, Outcome.HOLD), count(spam, Outcome.REJECT),
                    spam ? spam() : legitimate()));
        }
        out.append(String.format(Locale.ROOT,
                "kept out = HOLD+REJECT: accuracy %.4f  precision %.4f  recall %.4f  F1 %.4f  MCC %.4f%n",
                accuracy(), precision(), recall(), f1(), mcc()));
        out.append(String.format(Locale.ROOT,
                "spam published (leak) %.2f%%  legitimate rejected (loss) %.2f%%  legitimate held %.2f%%  "
                        + "held share (load) %.2f%%%n",
                100 * leakRate(), 100 * lossRate(), 100 * legitimateHeldRate(), 100 * heldShare()));
        return out.toString();
    }
}
