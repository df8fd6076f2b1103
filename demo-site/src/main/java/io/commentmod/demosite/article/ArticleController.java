package io.commentmod.demosite.article;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.commentmod.demosite.DemoSiteProperties;
import io.commentmod.demosite.proxy.CommentApi;
import io.commentmod.demosite.proxy.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The article page and the two forms on it. Both forms post here, never to comment-service: this controller is
 * the proxy that adds the site key server-side, and it answers with POST-redirect-GET so a reload never posts twice.
 */
@Controller
class ArticleController {

    /** comment-service's comment ids; anything else is not a comment here (and stays out of redirect URLs). */
    private static final Pattern COMMENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    static final String UNAVAILABLE = "Sorry, we could not send your comment just now. Please try again in a"
            + " minute; what you wrote is still here.";

    private final DemoSiteProperties.Article article;
    private final ArticlePages pages;
    private final CommentApi api;
    private final PostedComments posted;

    ArticleController(DemoSiteProperties properties, ArticlePages pages, CommentApi api, PostedComments posted) {
        this.article = properties.article();
        this.pages = pages;
        this.api = api;
        this.posted = posted;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/articles/" + article.id();
    }

    @GetMapping("/articles/{articleId}")
    String show(@PathVariable String articleId, @RequestParam(required = false) String replyTo, Model model,
            HttpServletRequest request) {
        requireThisArticle(articleId);
        return render(model, request, CommentForm.empty(replyTo), FormErrors.none());
    }

    @PostMapping("/articles/{articleId}/comments")
    String post(@PathVariable String articleId, @ModelAttribute CommentForm form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        requireThisArticle(articleId);
        Submission outcome = api.submit(form.toNewComment(articleId));
        if (outcome instanceof Submission.Accepted accepted) {
            // the session (and its cookie) starts here: readers who never comment get no cookie
            posted.remember(request.getSession(), articleId, accepted.id());
            return "redirect:/articles/" + articleId + "#comment-" + accepted.id();
        }
        if (outcome instanceof Submission.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, request, form, FormErrors.of(invalid.errors(), invalid.detail()));
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return render(model, request, form, new FormErrors(Map.of(), List.of(UNAVAILABLE)));
    }

    @PostMapping("/articles/{articleId}/comments/{commentId}/reports")
    String report(@PathVariable String articleId, @PathVariable String commentId,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        requireThisArticle(articleId);
        if (!COMMENT_ID.matcher(commentId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String notice = switch (api.report(commentId, reason.isBlank() ? "Reported by a reader" : reason)) {
            case RECEIVED -> "Thank you. A moderator will look at this comment.";
            case REFUSED -> "This comment can no longer be reported.";
            case FAILED -> "Sorry, we could not send your report just now. Please try again in a minute.";
        };
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/articles/" + articleId + "#comment-" + commentId;
    }

    private String render(Model model, HttpServletRequest request, CommentForm form, FormErrors errors) {
        ArticlePage page = pages.build(posted.idsOn(request.getSession(false), article.id()));
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("replyingTo", form.isReply() ? page.published(form.parentId()) : null);
        model.addAttribute("limits", new Limits(CommentForm.NAME_MAX, CommentForm.EMAIL_MAX, CommentForm.BODY_MAX));
        return "article";
    }

    /** The site publishes one article; any other id is simply not a page here. */
    private void requireThisArticle(String articleId) {
        if (!article.id().equals(articleId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    public record Limits(int name, int email, int body) {
    }
}
