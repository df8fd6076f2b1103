package io.commentmod.kit.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.commentmod.kit.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 as {@code application/problem+json}, like every other error of the APIs. Spring Security rejects a
 * request in its filter chain, before Spring MVC's exception handlers could render it, so they are written here.
 *
 * @param challenge         the {@code WWW-Authenticate} value that tells the client how to authenticate
 * @param unauthorizedDetail what a client without valid credentials is told
 * @param forbiddenDetail    what an authenticated client without the needed role is told
 */
public record ProblemSecurityHandlers(ProblemResponses problems, String challenge, String unauthorizedDetail,
        String forbiddenDetail) implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", unauthorizedDetail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden", forbiddenDetail);
    }
}
