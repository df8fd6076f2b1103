package io.commentmod.load;

/**
 * When the i-th request of an open-loop run should leave: {@code start + i / rate}, computed from the start every time
 * so that rounding never drifts and a late send never moves the ones after it. Latency is measured from this intended
 * time, not from when the request actually left, so a stalled server cannot hide its stall by slowing the generator
 * down (coordinated omission).
 */
final class RateSchedule {

    private final long startNanos;
    private final double intervalNanos;

    RateSchedule(long startNanos, double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be more than 0: " + perSecond);
        }
        this.startNanos = startNanos;
        this.intervalNanos = 1e9 / perSecond;
    }

    long intendedNanos(long index) {
        return startNanos + (long) (index * intervalNanos);
    }

    /** How many requests are scheduled before {@code nanos} (exclusive), i.e. in {@code [start, nanos)}. */
    long countBefore(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long n = (long) Math.ceil((nanos - startNanos) / intervalNanos);
        // guard the floating-point edge: the defining property is intendedNanos(n - 1) < nanos <= intendedNanos(n)
        while (n > 0 && intendedNanos(n - 1) >= nanos) {
            n--;
        }
        while (intendedNanos(n) < nanos) {
            n++;
        }
        return n;
    }
}
