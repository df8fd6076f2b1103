package io.commentmod.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** Latency histograms are kept in microseconds and reported in milliseconds. */
final class Latency {

    /** Up to one hour, three significant digits. */
    static final long HIGHEST_MICROS = 3_600_000_000L;

    private Latency() {
    }

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    static long micros(long nanos) {
        return Math.max(0, Math.min(HIGHEST_MICROS, nanos / 1000));
    }

    /** count, mean, p50, p90, p95, p99, p99.9 and max in ms; an empty histogram gives only the count. */
    static Map<String, Object> summary(Histogram h) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return map;
        }
        map.put("mean", ms(h.getMean()));
        map.put("p50", ms(h.getValueAtPercentile(50)));
        map.put("p90", ms(h.getValueAtPercentile(90)));
        map.put("p95", ms(h.getValueAtPercentile(95)));
        map.put("p99", ms(h.getValueAtPercentile(99)));
        map.put("p99_9", ms(h.getValueAtPercentile(99.9)));
        map.put("max", ms(h.getMaxValue()));
        return map;
    }

    static double ms(double micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
