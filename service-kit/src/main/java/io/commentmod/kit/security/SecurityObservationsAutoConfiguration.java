package io.commentmod.kit.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes each request's filter chain, every filter in it, each authentication and each
 * authorization. A comment's trace needs the HTTP request, which Spring MVC observes, and what follows it over Kafka;
 * the security spans add nothing to read. Turning their observations off by name
 * ({@code management.observations.enable.spring.security}) still left every filter wrapped in an observation that
 * then did nothing; with these settings the chain is not wrapped at all: 11% less CPU per accepted comment in
 * comment-service (docs/benchmarks.md).
 */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
public class SecurityObservationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
