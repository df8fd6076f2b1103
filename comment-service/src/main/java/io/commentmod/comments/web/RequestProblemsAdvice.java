package io.commentmod.comments.web;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import io.commentmod.kit.web.ProblemDetailsAdvice;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The request problems this service renders differently from the kit's {@link ProblemDetailsAdvice}, which
 * handles everything else:
 * <ul>
 * <li>a body that outgrew the size limit while being read is a 413, not an unreadable 400;</li>
 * <li>a key sent twice or a value nested too deeply names its field, like every other invalid field;</li>
 * <li>an unreachable database is a 503 the website can retry, not an opaque 500.</li>
 * </ul>
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblemsAdvice {

    private static final Logger log = LoggerFactory.getLogger(RequestProblemsAdvice.class);

    private final ProblemDetailsAdvice kitAdvice;

    RequestProblemsAdvice(ProblemDetailsAdvice kitAdvice) {
        this.kitAdvice = kitAdvice;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex, WebRequest request) throws Exception {
        RequestTooLargeException tooLarge = causeOfType(ex, RequestTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    tooLarge.getMessage() + ".");
            problem.setTitle("Request too large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        Optional<ProblemDetailsAdvice.FieldMessage> field = UnreadableJsonField.of(ex.getCause());
        if (field.isPresent()) {
            return ProblemDetailsAdvice.validationProblem(List.of(field.get()));
        }
        if (ex.getCause() instanceof StreamConstraintsException) {
            // Beyond the limits where Jackson keeps no position, e.g. deep nesting inside an unknown field (which
            // data binding buffers before refusing it): still a clear 400, just without a field.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body is nested too deeply or has a value that is too long.");
            problem.setTitle("Unreadable request body");
            return ResponseEntity.badRequest().body(problem);
        }
        return kitAdvice.handleException(ex, request);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Object> storageUnavailable(DataAccessResourceFailureException ex) {
        log.error("The comment store is unreachable: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The comment store cannot be reached right now. Please try again shortly.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
