package io.commentmod.demosite.proxy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.commentmod.demosite.DemoSiteProperties;

/**
 * The server-side half of the site: every call to comment-service's site API goes through here, with the site key
 * added on this server. Pages and forms only ever talk to this site, so the key and comment-service's address stay
 * out of the browser, and comment-service can stay unreachable from the internet.
 * <p>
 * Outcomes are values rather than exceptions where the caller has something to show the reader for each of them
 * (a form with field messages, a friendly error); {@link CommentApiUnavailableException} means "try again later".
 */
@Component
public class CommentApi {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger log = LoggerFactory.getLogger(CommentApi.class);

    private final RestClient rest;

    public CommentApi(DemoSiteProperties properties) {
        // HTTP/1.1: comment-service is a plain Tomcat; the JDK client's h2c upgrade attempt only costs a round trip
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.apiTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.apiTimeout());
        this.rest = RestClient.builder()
                .baseUrl(properties.commentServiceUrl().toString())
                .requestFactory(requests)
                .defaultHeader(API_KEY_HEADER, properties.siteApiKey())
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .build();
    }

    /** {@code PUT /api/v1/articles/{id}}; returns 201 (created) or 200 (updated), throws on anything else. */
    public int registerArticle(DemoSiteProperties.Article article) {
        ArticleBody body = new ArticleBody(article.title(), article.url(),
                new Person(article.therapistName(), article.therapistEmail()));
        return call("register article " + article.id(), () -> rest.put()
                .uri("/api/v1/articles/{id}", article.id())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 200 || status == 201) {
                        return status;
                    }
                    throw new CommentApiUnavailableException("PUT article " + article.id() + " answered HTTP " + status
                            + ": " + bodyText(response));
                }));
    }

    /** The public thread of an article (published comments only); empty when comment-service does not know it. */
    public Optional<PublicThread> thread(String articleId) {
        return call("read the thread of " + articleId, () -> rest.get()
                .uri("/api/v1/articles/{id}/comments", articleId)
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.value() == 404) {
                        return Optional.<PublicThread>empty();
                    }
                    if (status.value() != 200) {
                        throw unexpected("GET thread", status, bodyText(response));
                    }
                    return Optional.ofNullable(response.bodyTo(PublicThread.class));
                }));
    }

    /** {@code GET /api/v1/comments/{id}}: the comment with its status; empty when there is no such comment. */
    public Optional<CommentState> comment(String commentId) {
        return call("read comment " + commentId, () -> rest.get()
                .uri("/api/v1/comments/{id}", commentId)
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.value() == 404) {
                        return Optional.<CommentState>empty();
                    }
                    if (status.value() != 200) {
                        throw unexpected("GET comment", status, bodyText(response));
                    }
                    return Optional.ofNullable(response.bodyTo(CommentState.class));
                }));
    }

    /** {@code POST /api/v1/comments}. Never throws: each outcome is something the form shows differently. */
    public Submission submit(NewComment comment) {
        CommentBody body = new CommentBody(comment.articleId(), blankToNull(comment.parentId()),
                new Person(comment.authorName(), comment.authorEmail()), comment.body(), comment.notifyOnReply());
        try {
            return rest.post()
                    .uri("/api/v1/comments")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 202) {
                            Accepted accepted = response.bodyTo(Accepted.class);
                            if (accepted != null && accepted.id() != null && !accepted.id().isBlank()) {
                                return new Submission.Accepted(accepted.id());
                            }
                            log.warn("comment-service answered 202 without a comment id");
                            return new Submission.Failed("202 without an id");
                        }
                        if (status == 400) {
                            Problem problem = readProblem(response);
                            return new Submission.Invalid(problem.errors() == null ? List.of() : problem.errors(),
                                    problem.detail());
                        }
                        // 401 is our misconfiguration, 413/5xx are comment-service's trouble: the reader can only
                        // retry, so they get one friendly message and the operator gets the details in the log
                        log.warn("POST comment answered HTTP {}: {}", status, bodyText(response));
                        return new Submission.Failed("HTTP " + status);
                    });
        } catch (RestClientException e) {
            log.warn("POST comment failed: {}", describe(e));
            return new Submission.Failed(e.getMessage());
        }
    }

    /** {@code POST /api/v1/comments/{id}/reports}. */
    public ReportOutcome report(String commentId, String reason) {
        try {
            return rest.post()
                    .uri("/api/v1/comments/{id}/reports", commentId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ReportBody(reason))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 202) {
                            return ReportOutcome.RECEIVED;
                        }
                        if (status == 400 || status == 404) {
                            return ReportOutcome.REFUSED;
                        }
                        log.warn("POST report answered HTTP {}: {}", status, bodyText(response));
                        return ReportOutcome.FAILED;
                    });
        } catch (RestClientException e) {
            log.warn("POST report failed: {}", describe(e));
            return ReportOutcome.FAILED;
        }
    }

    public enum ReportOutcome {
        RECEIVED, REFUSED, FAILED
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientException e) {
            throw new CommentApiUnavailableException("could not " + what + ": " + describe(e), e);
        }
    }

    /** A refused connection's exception has no message; name the innermost cause instead. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static CommentApiUnavailableException unexpected(String what, HttpStatusCode status, String body) {
        return new CommentApiUnavailableException(what + " answered HTTP " + status.value() + ": " + body);
    }

    private static Problem readProblem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            Problem problem = response.bodyTo(Problem.class);
            return problem == null ? new Problem(null, null, List.of()) : problem;
        } catch (RuntimeException e) {
            // a 400 without a readable problem still means "your input"; show the general message only
            return new Problem(null, null, List.of());
        }
    }

    private static String bodyText(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            byte[] bytes = response.getBody().readNBytes(500);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no body)";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Person(String name, String email) {
    }

    record ArticleBody(String title, String url, Person therapist) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommentBody(String articleId, String parentId, Person author, String body, boolean notifyOnReply) {
    }

    record ReportBody(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accepted(String id, String status) {
    }

    /** comment-service's RFC 9457 problem; {@code errors} lists each invalid field with its message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String title, String detail, List<FieldMessage> errors) {
    }
}
