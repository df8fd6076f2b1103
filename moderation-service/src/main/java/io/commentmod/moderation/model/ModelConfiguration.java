package io.commentmod.moderation.model;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModelProperties.class)
@EnableScheduling
class ModelConfiguration {

    /** Before the listeners start: the index that finds the newest snapshot, then the model itself. */
    @Bean
    SmartInitializingSingleton spamModelStartup(MongoTemplate mongo, ModelBootstrap bootstrap,
            ModelProperties properties) {
        return () -> {
            mongo.indexOps(StoredModel.class).createIndex(new Index()
                    .on(StoredModel.CREATED_AT, Sort.Direction.DESC).named("newest"));
            bootstrap.loadOrBootstrap(properties.bootstrapCsv());
        };
    }
}
