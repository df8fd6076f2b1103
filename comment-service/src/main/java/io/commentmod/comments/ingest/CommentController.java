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

import io.commentmod.comments.comment.CommentStore;
import io.commentmod.contracts.CommentStatus;
import jakarta.validation.Valid;

/** The website posts comments here and polls their status. */
@RestController
@RequestMapping("/api/v1/comments")
class CommentController {

    private final CommentIngestService ingest;
    private final CommentStore comments;

    CommentController(CommentIngestService ingest, CommentStore comments) {
        this.ingest = ingest;
        this.comments = comments;
    }

    /** 202: the comment is stored and will be moderated; its status is at the returned location. */
    @PostMapping
    ResponseEntity<Accepted> submit(@Valid @RequestBody SubmitCommentRequest request,
            UriComponentsBuilder uris) {
        String id = ingest.submit(request);
        return ResponseEntity.accepted().location(uris.path("/api/v1/comments/{id}").buildAndExpand(id).toUri())
                .body(new Accepted(id, CommentStatus.PENDING));
    }

    record Accepted(String id, CommentStatus status) {
    }

    @GetMapping("/{id}")
    CommentDetails get(@PathVariable String id) {
        return comments.find(id).map(CommentDetails::of).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No comment with id '" + id + "'."));
    }
}
