package io.commentmod.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

import io.micrometer.observation.ObservationRegistry;

/**
 * Continues the trace a record carries while one of its consequences is handled. The listener container observes
 * every record of a record listener, but a batch listener only as a whole; a batch listener that sends an event per
 * record runs each send in here, so that every comment stays one trace across the services.
 */
public class RecordTraces {

    private final ObservationRegistry observations;

    public RecordTraces(ObservationRegistry observations) {
        this.observations = observations;
    }

    public void inTraceOf(ConsumerRecord<?, ?> record, String listenerId, Runnable action) {
        KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, listenerId, () -> null), observations).observe(action);
    }
}
