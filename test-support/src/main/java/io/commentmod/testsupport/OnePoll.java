package io.commentmod.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Makes a batch listener take several records in one poll: pause its container, send, resume. Records sent to one
 * partition while it is paused are then fetched together (up to {@code max.poll.records}).
 */
public final class OnePoll {

    /** What is sent while the listener is paused. */
    @FunctionalInterface
    public interface Sends {
        void run() throws Exception;
    }

    private OnePoll() {
    }

    public static void sendWhilePaused(MessageListenerContainer container, Duration patience, Sends sends)
            throws Exception {
        if (container == null) {
            throw new IllegalArgumentException("no such listener container");
        }
        container.pause();
        try {
            awaitPaused(container, patience);
            sends.run();
        } finally {
            container.resume();
        }
    }

    /**
     * Each consumer pauses at its next poll. A consumer without partitions (more consumers than partitions, or
     * another application context in the same group) never reports itself paused, and fetches nothing anyway.
     */
    private static void awaitPaused(MessageListenerContainer container, Duration patience) {
        await("listener " + container.getListenerId() + " paused").atMost(patience).until(() -> paused(container));
    }

    private static boolean paused(MessageListenerContainer container) {
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            return concurrent.getContainers().stream().allMatch(child -> child.isContainerPaused()
                    || child.getAssignedPartitions() == null || child.getAssignedPartitions().isEmpty());
        }
        return container.isContainerPaused();
    }
}
