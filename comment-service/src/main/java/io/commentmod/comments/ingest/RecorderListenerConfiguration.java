package io.commentmod.comments.ingest;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The recorder's listeners take whole polls and never give a record up: an accepted comment must reach the store,
 * so a failing write (MongoDB down) is retried with a pause growing to 5 s for as long as it takes, instead of the
 * kit's few retries and dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class RecorderListenerConfiguration {

    static final String FACTORY = "acceptedCommentRecorderFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> acceptedCommentRecorderFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        ExponentialBackOff untilStored = new ExponentialBackOff(200, 2.0);
        untilStored.setMaxInterval(5_000);
        untilStored.setMaxElapsedTime(Long.MAX_VALUE);
        factory.setCommonErrorHandler(new DefaultErrorHandler(untilStored));
        return factory;
    }
}
