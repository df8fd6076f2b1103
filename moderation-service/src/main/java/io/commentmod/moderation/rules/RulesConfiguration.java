package io.commentmod.moderation.rules;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    /**
     * Before the listeners start: the unique index on the version number (it serializes concurrent saves and seeds)
     * and the default settings as version 1 on a fresh install.
     */
    @Bean
    SmartInitializingSingleton ruleSetsSeed(MongoTemplate mongo, RuleSets ruleSets) {
        return () -> {
            mongo.indexOps(RuleSet.class).createIndex(new Index()
                    .on(RuleSet.NUMBER, Sort.Direction.DESC).unique().named("number_unique"));
            ruleSets.seedDefaults();
        };
    }
}
