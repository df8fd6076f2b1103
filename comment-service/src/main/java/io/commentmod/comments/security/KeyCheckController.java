package io.commentmod.comments.security;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ping}: {@code 204} for a valid site key, the usual {@code 401} problem without one. A site checks
 * its configuration with it, and the benchmarks use it as the no-op of the same HTTP stack: the same connector,
 * filters, key check and dispatcher as a comment, with no work behind them.
 */
@RestController
class KeyCheckController {

    @GetMapping("/api/v1/ping")
    ResponseEntity<Void> ping() {
        return ResponseEntity.noContent().build();
    }
}
