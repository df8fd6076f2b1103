package io.commentmod.comments.reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;

/** Public: a reader flags a published comment for moderators. */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    record Received(String reportId) {
    }

    @PostMapping("/api/v1/comments/{id}/reports")
    ResponseEntity<Received> report(@PathVariable String id, @Valid @RequestBody ReportRequest request) {
        return reports.report(id, request.reason())
                .map(reportId -> ResponseEntity.status(HttpStatus.ACCEPTED).body(new Received(reportId)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No published comment with id '" + id + "'."));
    }
}
