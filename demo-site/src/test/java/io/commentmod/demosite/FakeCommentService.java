package io.commentmod.demosite;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A small stand-in for comment-service's site API (product.md "The contract"), answering with the JSON shapes of
 * its controllers (ThreadNode, CommentDetails, the RFC 9457 problem with {@code errors}) and recording every request.
 * The real service needs Kafka and MongoDB and is exercised with this site by local-stack's end-to-end test.
 */
final class FakeCommentService implements AutoCloseable {

    record Request(String method, String path, String apiKey, String body) {
    }

    record Response(int status, String contentType, String body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern THREAD = Pattern.compile("/api/v1/articles/([^/]+)/comments");
    private static final Pattern ARTICLE = Pattern.compile("/api/v1/articles/([^/]+)");
    private static final Pattern COMMENT = Pattern.compile("/api/v1/comments/([^/]+)");
    private static final Pattern REPORTS = Pattern.compile("/api/v1/comments/([^/]+)/reports");

    private final HttpServer server;
    private final String validKey;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> comments = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);
    private volatile List<Map<String, Object>> thread = List.of();
    private volatile Response submitAnswer;
    private volatile Response threadAnswer;

    private FakeCommentService(HttpServer server, String validKey) {
        this.server = server;
        this.validKey = validKey;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeCommentService start(int port, String validKey) {
        try {
            return new FakeCommentService(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0), validKey);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void reset() {
        requests.clear();
        comments.clear();
        thread = List.of();
        submitAnswer = null;
        threadAnswer = null;
        ids.set(100);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
    }

    /** The public thread, built with {@link #published} and {@link #hidden}. */
    void thread(List<Map<String, Object>> comments) {
        this.thread = comments;
    }

    /** Every later POST of a comment gets this answer instead of a 202. */
    void answerSubmissionsWith(Response response) {
        submitAnswer = response;
    }

    void answerThreadWith(Response response) {
        threadAnswer = response;
    }

    /** Moves a posted comment to another status, as a verdict would. */
    void setStatus(String commentId, String status) {
        comments.get(commentId).put("status", status);
    }

    static Map<String, Object> published(String id, String name, String body, String date,
            List<Map<String, Object>> replies) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("author", Map.of("name", name));
        node.put("body", body);
        node.put("date", date);
        node.put("byArticleTherapist", false);
        node.put("replies", replies);
        return node;
    }

    static Map<String, Object> hidden(String id, List<Map<String, Object>> replies) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("hidden", true);
        node.put("replies", replies);
        return node;
    }

    static Response validationProblem(Map<String, String> messagesByField) {
        List<Map<String, String>> errors = new ArrayList<>();
        messagesByField.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid request");
        problem.put("status", 400);
        problem.put("detail", "The request has " + errors.size() + " invalid fields.");
        problem.put("instance", "/api/v1/comments");
        problem.put("errors", errors);
        return new Response(400, "application/problem+json", JSON.writeValueAsString(problem));
    }

    static Response problem(int status, String title) {
        return new Response(status, "application/problem+json", JSON.writeValueAsString(Map.of("type", "about:blank",
                "title", title, "status", status, "detail", title, "instance", "/api/v1/comments")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        requests.add(new Request(method, path, key, body));
        Response response = answer(method, path, key, body);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Response answer(String method, String path, String key, String body) {
        Matcher match;
        // the thread and reports are public; everything else needs the site key, as in comment-service
        if ((match = THREAD.matcher(path)).matches() && method.equals("GET")) {
            if (threadAnswer != null) {
                return threadAnswer;
            }
            int count = countPublished(thread);
            return json(200, Map.of("articleId", match.group(1), "title", "t", "url", "https://example.org/t",
                    "comments", thread, "count", count));
        }
        if (REPORTS.matcher(path).matches() && method.equals("POST")) {
            return json(202, Map.of("reportId", "r1"));
        }
        if (!validKey.equals(key)) {
            return problem(401, "Unauthorized");
        }
        if (ARTICLE.matcher(path).matches() && method.equals("PUT")) {
            return json(201, JSON.readValue(body, Map.class));
        }
        if (path.equals("/api/v1/comments") && method.equals("POST")) {
            if (submitAnswer != null) {
                return submitAnswer;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> request = JSON.readValue(body, Map.class);
            String id = "c" + ids.incrementAndGet();
            @SuppressWarnings("unchecked")
            Map<String, Object> author = (Map<String, Object>) request.get("author");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("id", id);
            details.put("articleId", request.get("articleId"));
            details.put("parentId", request.get("parentId"));
            details.put("author", Map.of("name", author.get("name"))); // never the email, as in CommentDetails
            details.put("body", request.get("body"));
            details.put("status", "PENDING");
            details.put("submittedAt", "2026-11-26T10:15:30Z");
            details.put("publishedAt", null);
            details.put("reportCount", 0);
            details.put("history", List.of());
            comments.put(id, details);
            return json(202, Map.of("id", id, "status", "PENDING"));
        }
        if ((match = COMMENT.matcher(path)).matches() && method.equals("GET")) {
            Map<String, Object> comment = comments.get(match.group(1));
            return comment == null ? problem(404, "Not Found") : json(200, comment);
        }
        return problem(404, "Not Found");
    }

    @SuppressWarnings("unchecked")
    private static int countPublished(List<Map<String, Object>> nodes) {
        int count = 0;
        for (Map<String, Object> node : nodes) {
            count += node.containsKey("hidden") ? 0 : 1;
            count += countPublished((List<Map<String, Object>>) node.get("replies"));
        }
        return count;
    }

    private static Response json(int status, Object body) {
        return new Response(status, "application/json", JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
