package io.commentmod.moderation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.commentmod.kit.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a sign-in attempt before its password is checked when {@link LoginThrottle} says the account is locked
 * for this address: HTTP Basic calls get 429 with {@code Retry-After}, the console's login form a redirect to the
 * login page saying so. Not a bean: each security chain adds its own instance.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED_PAGE = "/login?locked";

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = HttpMethod.POST.matches(request.getMethod()) && "/login".equals(request.getServletPath());
        String username = form ? request.getParameter("username") : basicUsername(request);
        Optional<Duration> refused = username == null ? Optional.empty()
                : throttle.refusedFor(username, request.getRemoteAddr());
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
        if (form) {
            response.sendRedirect(request.getContextPath() + LOCKED_PAGE);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                "Too many failed sign-ins for this account from your address; try again in " + seconds + " s.");
    }

    /** The user name of an HTTP Basic header, or null. */
    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: the Basic filter rejects it
        }
    }
}
