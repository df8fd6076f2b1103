package io.commentmod.kit.outbox;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;

@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnBean(OutboxCollection.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka,
            List<OutboxCollection> collections, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, kafka, collections, properties, clock, meters);
    }
}
