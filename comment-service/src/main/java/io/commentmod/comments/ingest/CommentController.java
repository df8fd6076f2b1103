package io.commentmod.comments.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import io.commentmod.comments.comment.CommentDocument;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.comments.ratelimit.IngestRateLimiter;
import io.commentmod.contracts.CommentStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/** The website posts comments here and polls their status. */
@RestController
@RequestMapping("/api/v1/comments")
class CommentController {

    private final CommentIngestService ingest;
    private final CommentStore comments;
    private final IngestRateLimiter rateLimits;
    private final RecentlyAccepted recentlyAccepted;

    CommentController(CommentIngestService ingest, CommentStore comments, IngestRateLimiter rateLimits,
            RecentlyAccepted recentlyAccepted) {
        this.ingest = ingest;
        this.comments = comments;
        this.rateLimits = rateLimits;
        this.recentlyAccepted = recentlyAccepted;
    }

    /**
     * 202: the comment is recorded and will be moderated; its status is at the returned location. 503 when it
     * could not be recorded (nothing was kept). 429 when the client
     * or the author is over the rate limit, checked after validation (the author's email must be known) and before
     * anything is stored.
     */
    @PostMapping
    ResponseEntity<Accepted> submit(@Valid @RequestBody SubmitCommentRequest request, HttpServletRequest http,
            UriComponentsBuilder uris) {
        rateLimits.admit(http, request.author().email());
        String id = ingest.submit(request);
        return ResponseEntity.accepted().location(uris.path("/api/v1/comments/{id}").buildAndExpand(id).toUri())
                .body(new Accepted(id, CommentStatus.PENDING));
    }

    record Accepted(String id, CommentStatus status) {
    }

    @GetMapping("/{id}")
    CommentDetails get(@PathVariable String id) {
        return recentlyAccepted.lookUp(id, comments::find, CommentDocument::accepted)
                .map(CommentDetails::of).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No comment with id '" + id + "'."));
    }
}
