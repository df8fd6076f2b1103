package io.commentmod.moderation.security;

import org.springframework.context.annotation.Bean;

import io.commentmod.kit.security.ProblemSecurityHandlers;
import io.commentmod.kit.web.ProblemResponses;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import io.commentmod.moderation.ModerationProperties;

/**
 * HTTP Basic with two configured accounts until the console brings a login page. Stateless: every request carries
 * its credentials, so any instance can serve any request and there is no session to steal. Whatever is not listed
 * needs ADMIN, so a new endpoint is closed until someone decides who may use it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String REALM = "moderation";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problemResponses) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(problemResponses,
                "Basic realm=\"" + REALM + "\"", "Sign in with a moderator account to use this API.",
                "Your account does not have the role this request needs.");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        // rules decide every comment: only admins change (and read) them
                        .requestMatchers("/api/v1/moderation/rules", "/api/v1/moderation/rules/**")
                        .hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/moderation/**").hasAnyRole(Roles.MODERATOR, Roles.ADMIN)
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API is called with Basic credentials, not a browser cookie, so CSRF does not apply there; the
                // console's pages will keep it.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Passwords are hashed once at startup; only the hashes stay in the user store. */
    @Bean
    InMemoryUserDetailsManager users(ModerationProperties properties, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername(properties.moderatorUsername())
                        .password(encoder.encode(properties.moderatorPassword()))
                        .roles(Roles.MODERATOR)
                        .build(),
                User.withUsername(properties.adminUsername())
                        .password(encoder.encode(properties.adminPassword()))
                        .roles(Roles.ADMIN, Roles.MODERATOR)
                        .build());
    }
}
