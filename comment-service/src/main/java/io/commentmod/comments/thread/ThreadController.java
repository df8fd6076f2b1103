package io.commentmod.comments.thread;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public: what readers of an article see. Published comments only, and never an email or address. */
@RestController
class ThreadController {

    private final ThreadService threads;

    ThreadController(ThreadService threads) {
        this.threads = threads;
    }

    @GetMapping("/api/v1/articles/{articleId}/comments")
    ArticleThread thread(@PathVariable String articleId) {
        return threads.threadOf(articleId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article with id '" + articleId + "'."));
    }
}
