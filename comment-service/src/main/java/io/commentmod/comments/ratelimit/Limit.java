package io.commentmod.comments.ratelimit;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.convert.DurationStyle;

/**
 * A rate: at most {@code requests} per {@code per}, with bursts of up to {@code requests}. Written {@code "60/1m"} in
 * configuration (any duration Spring Boot reads: {@code 30s}, {@code 1m}, {@code 1h}).
 */
public record Limit(long requests, Duration per) {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,10})\\s*/\\s*(\\S+)\\s*");
    private static final long MOST_REQUESTS = 1_000_000_000L;
    private static final Duration SHORTEST = Duration.ofMillis(1);
    private static final Duration LONGEST = Duration.ofDays(1);

    public Limit {
        if (requests < 1 || requests > MOST_REQUESTS) {
            throw new IllegalArgumentException("a limit allows 1 to " + MOST_REQUESTS + " requests, not " + requests);
        }
        if (per == null || per.compareTo(SHORTEST) < 0 || per.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a limit's period must be between 1ms and 1d, not " + per);
        }
    }

    /** Reads {@code "60/1m"}; Spring Boot's binder finds this method to convert configuration text. */
    public static Limit valueOf(String text) {
        Matcher match = TEXT.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("a limit is written like 60/1m (requests/period), not '" + text + "'");
        }
        return new Limit(Long.parseLong(match.group(1)), DurationStyle.detectAndParse(match.group(2)));
    }

    /** The steady spacing between admitted requests, in nanoseconds (at least 1). */
    long intervalNanos() {
        return Math.max(1, per.toNanos() / requests);
    }

    @Override
    public String toString() {
        return requests + "/" + per;
    }
}
