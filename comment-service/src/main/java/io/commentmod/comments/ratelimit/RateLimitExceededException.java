package io.commentmod.comments.ratelimit;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 429 problem with {@code Retry-After} in whole seconds. Spring MVC renders it like every other problem (the
 * kit's advice handles {@link ErrorResponseException}), headers included.
 */
public class RateLimitExceededException extends ErrorResponseException {

    RateLimitExceededException(String tooMany, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(tooMany, seconds(retryAfter)), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
    }

    private static ProblemDetail problem(String tooMany, long seconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                tooMany + "; try again in " + seconds + " second" + (seconds == 1 ? "" : "s") + ".");
        problem.setTitle("Too many requests");
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }

    /** Rounded up, and at least 1: a client told "0" would retry at once and be refused again. */
    private static long seconds(Duration wait) {
        long whole = wait.toSeconds();
        return Math.max(1, wait.minusSeconds(whole).isZero() ? whole : whole + 1);
    }
}
