package io.commentmod.comments.articles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import io.commentmod.contracts.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** The website registers each article (and its therapist) before comments can be posted on it. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleRegistry registry;

    ArticleController(ArticleRegistry registry) {
        this.registry = registry;
    }

    @PutMapping("/{articleId}")
    ResponseEntity<ArticleView> register(
            @PathVariable @Pattern(regexp = ArticleIds.PATTERN, message = ArticleIds.MESSAGE) String articleId,
            @Valid @RequestBody ArticleRequest request, UriComponentsBuilder uris) {
        ArticleRegistry.Registration registration = registry.register(articleId, request.title(), request.url(),
                new Person(request.therapist().name(), request.therapist().email()));
        ArticleView body = ArticleView.of(registration.article());
        if (registration.created()) {
            return ResponseEntity.created(uris.path("/api/v1/articles/{id}").buildAndExpand(articleId).toUri())
                    .body(body);
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/{articleId}")
    ArticleView get(@PathVariable String articleId) {
        return registry.find(articleId).map(ArticleView::of).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article with id '" + articleId + "'."));
    }
}
