package io.commentmod.notification.security;

import org.springframework.context.annotation.Bean;

import io.commentmod.kit.security.ProblemSecurityHandlers;
import io.commentmod.kit.web.ProblemResponses;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.commentmod.notification.NotificationProperties;

/**
 * Public: the unsubscribe and preferences pages (their signed token is the credential) and the health, metrics and info endpoints.
 * Everything else needs the admin over HTTP Basic; failures answer in problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problemResponses) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(problemResponses,
                "Basic realm=\"notification-service\"", "Valid credentials are required.",
                "Your account may not do this.");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/unsubscribe", "/preferences", "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/deliveries", "/api/v1/deliveries/**", "/api/v1/dead-letters",
                                "/api/v1/dead-letters/**").hasRole(ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // RFC 8058 one-click: mail clients POST without any token but the signed one in the URL; the
                // preferences form carries the same signed token. The API has no session or cookie to ride on.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe", "/preferences", "/api/**"))
                // The unsubscribe token is in the URL; it must not leak to other sites through Referer.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The password is hashed once at startup, so the plain text is not kept in the user store. */
    @Bean
    UserDetailsService users(NotificationProperties properties, PasswordEncoder encoder) {
        NotificationProperties.Admin admin = properties.admin();
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(encoder.encode(admin.password())).roles(ADMIN).build());
    }
}
