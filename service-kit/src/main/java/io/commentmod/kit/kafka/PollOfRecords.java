package io.commentmod.kit.kafka;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * How a batch listener handles a poll so that the kit's error handler still works per record: the records are
 * handled together where possible and one at a time where not, and a record that fails is reported by a
 * {@link BatchListenerFailedException} naming it. The error handler then commits the records before it, retries
 * from it (with the {@link NotReadyYetException} patience where that is the cause) and in the end dead-letters it
 * alone. A record the deserializer could not read (its value left out, the failure in a header) is reported with
 * that failure, which is not retried.
 */
public final class PollOfRecords {

    private static final Logger log = LoggerFactory.getLogger(PollOfRecords.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(PollOfRecords.class);

    private PollOfRecords() {
    }

    /**
     * @param together handles a run of readable records at once; returns false, or throws, to have them handled one
     *                 at a time instead (it must then have changed nothing that handling them again would repeat)
     * @param alone    handles one record
     */
    public static <K, V> void handle(List<ConsumerRecord<K, V>> records, Predicate<List<ConsumerRecord<K, V>>> together,
            Consumer<ConsumerRecord<K, V>> alone) {
        int from = 0;
        while (from < records.size()) {
            int unreadable = from;
            while (unreadable < records.size() && records.get(unreadable).value() != null) {
                unreadable++;
            }
            handleReadable(records.subList(from, unreadable), together, alone);
            if (unreadable < records.size()) {
                ConsumerRecord<K, V> record = records.get(unreadable);
                throw new BatchListenerFailedException("Unreadable record in " + record.topic(),
                        SerializationUtils.getExceptionFromHeader(record,
                                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR),
                        record);
            }
            from = unreadable + 1;
        }
    }

    private static <K, V> void handleReadable(List<ConsumerRecord<K, V>> run,
            Predicate<List<ConsumerRecord<K, V>>> together, Consumer<ConsumerRecord<K, V>> alone) {
        if (run.isEmpty()) {
            return;
        }
        try {
            if (together.test(run)) {
                return;
            }
        } catch (RuntimeException e) {
            log.debug("Handling {} records of {} together failed ({}); handling them one at a time", run.size(),
                    run.get(0).topic(), e.getMessage());
        }
        for (ConsumerRecord<K, V> record : run) {
            try {
                alone.accept(record);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Handling " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " failed", e, record);
            }
        }
    }
}
