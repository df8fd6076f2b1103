package io.commentmod.comments.ingest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 503 with {@code Retry-After}: the broker did not take the comment, so it was not accepted and nothing of it exists.
 * The website may submit the same comment again.
 */
class IngestUnavailableException extends ErrorResponseException {

    private static final int RETRY_AFTER_SECONDS = 5;

    IngestUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The comment could not be recorded right now and was not accepted; submit it again in "
                        + RETRY_AFTER_SECONDS + " seconds.");
        problem.setTitle("Comments cannot be accepted right now");
        problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
        return problem;
    }
}
