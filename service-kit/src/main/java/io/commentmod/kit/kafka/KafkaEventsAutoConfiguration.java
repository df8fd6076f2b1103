package io.commentmod.kit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import io.commentmod.contracts.Topics;
import io.micrometer.observation.ObservationRegistry;

/**
 * Makes every service speak events the same way: JSON values with a logical type header (never class names across
 * services), a trusted package instead of {@code *}, bounded retries and then a dead-letter topic per topic.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaEventsProperties.class)
public class KafkaEventsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventsAutoConfiguration.class);
    private static final Duration NOT_READY_PAUSE = Duration.ofMillis(500);

    @Bean
    DefaultKafkaProducerFactoryCustomizer eventProducerCustomizer() {
        return factory -> {
            factory.updateConfigs(Map.of(JacksonJsonSerializer.TYPE_MAPPINGS, Topics.typeMappingProperty()));
            // Dead letters of records that could not be read carry the raw bytes, events carry JSON.
            Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
            byType.put(byte[].class, new ByteArraySerializer());
            byType.put(Object.class, new JacksonJsonSerializer<>());
            setValueSerializer(factory, new DelegatingByTypeSerializer(byType, true));
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValueSerializer(org.springframework.kafka.core.DefaultKafkaProducerFactory factory,
            Serializer serializer) {
        factory.setValueSerializer(serializer);
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer eventConsumerCustomizer() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, JacksonJsonDeserializer.class,
                JacksonJsonDeserializer.TRUSTED_PACKAGES, Topics.TRUSTED_PACKAGE,
                JacksonJsonDeserializer.TYPE_MAPPINGS, Topics.typeMappingProperty()));
    }

    @Bean
    KafkaAdmin.NewTopics eventTopics(KafkaEventsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            topics.add(TopicBuilder.name(topic).partitions(properties.partitions())
                    .replicas(properties.replicationFactor()).build());
            topics.add(TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(properties.partitions())
                    .replicas(properties.replicationFactor()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    RecordTraces recordTraces(ObjectProvider<ObservationRegistry> observations) {
        return new RecordTraces(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** Picked up by Boot's listener container factory: retries with backoff, then the record's dead-letter topic. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template, KafkaEventsProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> {
                    log.error("Dead-lettering {}-{}@{} key={}: {}", record.topic(), record.partition(),
                            record.offset(), record.key(), failure.getMessage());
                    return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
                });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        FixedBackOff untilReady = new FixedBackOff(NOT_READY_PAUSE.toMillis(),
                Math.max(1, properties.notReadyPatience().dividedBy(NOT_READY_PAUSE)));
        handler.setBackOffFunction((record, failure) -> notReadyYet(failure) ? untilReady : null);
        return handler;
    }

    private static boolean notReadyYet(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotReadyYetException) {
                return true;
            }
        }
        return false;
    }
}
