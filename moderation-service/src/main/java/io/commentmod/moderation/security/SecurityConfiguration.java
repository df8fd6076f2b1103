package io.commentmod.moderation.security;

import java.io.IOException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import io.commentmod.kit.security.ProblemSecurityHandlers;
import io.commentmod.kit.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two ways in, one set of accounts (in MongoDB, see {@code accounts}):
 * <ul>
 * <li>the console ({@code /console}, {@code /login}): form sign-in, a session that ends after
 * {@link SecurityProperties#consoleSessionTimeout()} without a request, CSRF tokens on every form;</li>
 * <li>everything else (the API, actuator): HTTP Basic on every request, no session, so any instance can serve any
 * request and there is no cookie to ride on (hence no CSRF there).</li>
 * </ul>
 * Failed sign-ins are throttled on both ({@link LoginThrottle}). Whatever is not listed needs ADMIN, so a new
 * endpoint is closed until someone decides who may use it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    static final String REALM = "moderation";

    /** Where the console's static files are; readable without signing in (the login page needs them). */
    static final String CONSOLE_ASSETS = "/console/assets/**";

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginThrottle throttle, ProblemResponses problems,
            SecurityProperties properties) throws Exception {
        http
                .securityMatcher("/console", "/console/**", "/login", "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", CONSOLE_ASSETS).permitAll()
                        .requestMatchers("/console/rules", "/console/rules/**").hasRole(Roles.ADMIN)
                        .anyRequest().hasAnyRole(Roles.MODERATOR, Roles.ADMIN))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(startSession(properties))
                        .failureUrl("/login?failed"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(sessions -> sessions
                        .invalidSessionUrl("/login?expired")
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle, ProblemResponses problems)
            throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems,
                "Basic realm=\"" + REALM + "\"", "Sign in with a moderator account to use this API.",
                "Your account does not have the role this request needs.");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        // rules decide every comment, accounts decide who moderates: admins only
                        .requestMatchers("/api/v1/moderation/rules", "/api/v1/moderation/rules/**",
                                "/api/v1/moderation/accounts", "/api/v1/moderation/accounts/**")
                        .hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/moderation/**").hasAnyRole(Roles.MODERATOR, Roles.ADMIN)
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(handlers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    /** After a console sign-in: the session's idle timeout, then the queue. */
    private static AuthenticationSuccessHandler startSession(SecurityProperties properties) {
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException {
                request.getSession().setMaxInactiveInterval(
                        (int) Math.max(1, properties.consoleSessionTimeout().toSeconds()));
                response.sendRedirect(request.getContextPath() + "/console");
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
