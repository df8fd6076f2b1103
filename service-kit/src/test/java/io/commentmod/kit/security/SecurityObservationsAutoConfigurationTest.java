package io.commentmod.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

class SecurityObservationsAutoConfigurationTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(ObservedSecurity.class);

    @Test
    void aRequestThroughTheSecurityChainStartsNoSecurityObservations() {
        context.withConfiguration(AutoConfigurations.of(SecurityObservationsAutoConfiguration.class))
                .run(app -> assertThat(observationsOfOneRequest(app.getBean(FilterChainProxy.class),
                        app.getBean(StartedObservations.class))).noneMatch(name -> name.startsWith("spring.security")));
    }

    @Test
    void withoutItSpringSecurityObservesTheChain() {
        context.run(app -> assertThat(observationsOfOneRequest(app.getBean(FilterChainProxy.class),
                app.getBean(StartedObservations.class))).anyMatch(name -> name.startsWith("spring.security")));
    }

    private static List<String> observationsOfOneRequest(FilterChainProxy chain, StartedObservations started)
            throws Exception {
        chain.doFilter(new MockHttpServletRequest("GET", "/anything"), new MockHttpServletResponse(),
                new MockFilterChain());
        return started.names;
    }

    static final class StartedObservations implements ObservationHandler<Observation.Context> {

        final List<String> names = new CopyOnWriteArrayList<>();

        @Override
        public void onStart(Observation.Context context) {
            names.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ObservedSecurity {

        @Bean
        StartedObservations startedObservations() {
            return new StartedObservations();
        }

        @Bean
        ObservationRegistry observationRegistry(StartedObservations started) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(started);
            return registry;
        }

        @Bean
        SecurityFilterChain permitAll(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
    }
}
