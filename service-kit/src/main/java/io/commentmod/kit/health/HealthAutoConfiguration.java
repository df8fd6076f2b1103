package io.commentmod.kit.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health that means the same on every server: Boot's MongoDB indicator sends {@code hello}, which mongo-java-server
 * does not answer, so ours sends {@code ping}; Boot has no Kafka indicator, so ours asks the cluster for its nodes.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
public class HealthAutoConfiguration {

    /** Named so that Boot's own MongoDB indicator backs off. */
    @Bean(name = "mongoHealthContributor")
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(name = "kafkaHealthContributor")
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaClusterHealthIndicator kafkaHealthContributor(KafkaAdmin admin) {
        return new KafkaClusterHealthIndicator(admin);
    }
}
