package io.commentmod.moderation.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commentmod.engine.ModerationRules;
import io.commentmod.engine.StarterRuleSet;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ModerationRules moderationRules() {
        return new StarterRuleSet();
    }
}
