package io.commentmod.moderation.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.commentmod.moderation.rules.ModerationRules;
import io.commentmod.moderation.rules.StarterRuleSet;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ModerationRules moderationRules() {
        return new StarterRuleSet();
    }
}
