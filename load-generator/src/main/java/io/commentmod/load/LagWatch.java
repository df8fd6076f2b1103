package io.commentmod.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Waits until the services' consumer groups have committed everything on their topics and prints how long that took:
 * the "does the pipeline keep up" half of a flat-out run driven by another client ({@code wrk/flat-out.sh}). Committed
 * offsets, not the consumers' own lag metric: a consumer reports its fetch position, and it may have fetched a
 * backlog of thousands it has not yet processed.
 * <p>
 * {@code java -cp load-generator.jar io.commentmod.load.LagWatch [bootstrap servers] [give up after, seconds]
 * [group ...]}: with groups named, waits for those only (the others may be paused on purpose).
 */
public final class LagWatch {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private LagWatch() {
    }

    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        long giveUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
        Set<String> groups = args.length > 2 ? Set.of(Arrays.copyOfRange(args, 2, args.length))
                : KafkaProbe.GROUPS.keySet();
        for (String group : groups) {
            if (!KafkaProbe.GROUPS.containsKey(group)) {
                System.err.println("unknown group " + group + "; known: " + KafkaProbe.GROUPS.keySet());
                System.exit(2);
            }
        }
        long start = System.nanoTime();
        try (KafkaProbe kafka = new KafkaProbe(bootstrap)) {
            while (true) {
                Map<String, Long> lags = kafka.lags();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (groups.stream().allMatch(group -> lags.get(group) == 0)) {
                    System.out.printf(Locale.ROOT, "consumer lag 0 for %s %.1f s after the load%n",
                            groups.size() == KafkaProbe.GROUPS.size() ? "every group" : String.join(", ", groups),
                            seconds);
                    return;
                }
                if (seconds > giveUpSeconds) {
                    System.out.printf(Locale.ROOT, "still lagging %.0f s after the load: %s%n", seconds, lags);
                    System.exit(1);
                }
                System.out.printf(Locale.ROOT, "  +%.0f s lag %s%n", seconds, lags);
                Thread.sleep(EVERY.toMillis());
            }
        }
    }
}
