package io.commentmod.notification.delivery;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaRetryTopic;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;

import io.commentmod.contracts.Topics;
import io.commentmod.kit.kafka.KafkaEventsProperties;
import io.commentmod.notification.NotificationProperties;

/**
 * Non-blocking retries (Spring Kafka's retry topics): an event whose email could not be sent goes to
 * {@code <topic>-notification-service-retry-<n>} and is tried again after an exponentially growing wait, while the
 * main topic's partitions go on with the next events; after the last attempt it lands on
 * {@code <topic>-notification-service-dlt}. An event that cannot be read or is of an unknown version goes there at
 * once. The framework's own dead-letter listener stays off: {@code deadletters.DeadLetterListener} keeps the raw
 * record, readable or not, for the admin API.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaRetryTopic
class RetryTopicsConfig {

    @Bean
    RetryTopicConfiguration notificationRetryTopics(KafkaTemplate<Object, Object> template,
            NotificationProperties properties, KafkaEventsProperties kafka) {
        NotificationProperties.Retry retry = properties.retry();
        return RetryTopicConfigurationBuilder.newInstance()
                .includeTopics(List.of(Topics.COMMENT_STATUS_CHANGED, Topics.COMMENT_MODERATED))
                .maxAttempts(retry.attempts())
                .exponentialBackoff(retry.initialBackoff().toMillis(), retry.multiplier(),
                        retry.maxBackoff().toMillis())
                .retryTopicSuffix(Topics.retrySuffixOf(EventIntake.GROUP))
                .dltSuffix(Topics.groupDeadLetterSuffixOf(EventIntake.GROUP))
                .suffixTopicsWithIndexValues()
                .autoCreateTopicsWith(kafka.partitions(), kafka.replicationFactor())
                // Retries are rare and wait anyway: one consumer per retry topic instead of the main topic's three
                // keeps 14 idle consumers from polling the broker (28 fewer per instance).
                .concurrency(1)
                .notRetryOn(List.of(UnsupportedEventException.class))
                .traversingCauses()
                .autoStartDltHandler(false)
                .create(template);
    }
}
