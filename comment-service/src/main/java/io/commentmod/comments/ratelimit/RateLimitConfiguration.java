package io.commentmod.comments.ratelimit;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    IngestRateLimiter ingestRateLimiter(RateLimitProperties properties, Clock clock, MeterRegistry meters) {
        return new IngestRateLimiter(properties, clock, meters);
    }
}
