package io.commentmod.comments.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import io.commentmod.comments.CommentServiceProperties;
import io.commentmod.kit.security.ProblemSecurityHandlers;
import io.commentmod.kit.web.ProblemResponses;

/**
 * The website authenticates with an API key; readers use the two public endpoints anonymously. No sessions and no
 * cookies, hence no CSRF protection: nothing a browser sends on its own authenticates a request here.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SiteApiKeys siteApiKeys(CommentServiceProperties properties) {
        return new SiteApiKeys(properties);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SiteApiKeys keys, ProblemResponses problems)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems,
                "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"",
                "The " + ApiKeyAuthenticationFilter.HEADER + " header is missing or invalid.",
                "This API key may not use this endpoint.");
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/articles/*/comments").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/comments/*/reports").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        // no admin accounts here, and a website's key has no business with the rest
                        .requestMatchers("/actuator/**").denyAll()
                        // Container error dispatches must show their own status, not a 401.
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(ApiKeyAuthenticationFilter.SITE_ROLE));
        return http.build();
    }
}
