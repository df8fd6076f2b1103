package io.commentmod.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Just enough of comment-service's site API (product.md) to register the demo article and post its thread. */
public final class CommentApiClient {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUri;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public CommentApiClient(URI baseUri, String apiKey) {
        this.baseUri = baseUri;
        this.apiKey = apiKey;
    }

    /** {@code PUT /api/v1/articles/{id}}; returns the HTTP status: 201 the first time, 200 when it already existed. */
    public int registerArticle(DemoThread.Article article) {
        ObjectNode body = JSON.createObjectNode()
                .put("title", article.title())
                .put("url", article.url());
        body.putObject("therapist")
                .put("name", article.therapist().name())
                .put("email", article.therapist().email());
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUri.resolve("/api/v1/articles/" + article.id()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("PUT article " + article.id() + " answered HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        return response.statusCode();
    }

    /** {@code POST /api/v1/comments}; returns the new comment's id from the 202 answer. */
    public String postComment(String articleId, String parentId, DemoThread.Comment comment) {
        ObjectNode body = JSON.createObjectNode().put("articleId", articleId);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        body.putObject("author").put("name", comment.author().name()).put("email", comment.author().email());
        body.put("body", comment.body()).put("notifyOnReply", comment.notifyOnReply());
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUri.resolve("/api/v1/comments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST comment '" + comment.key() + "' answered HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode id = readTree(response.body()).get("id");
        if (id == null || id.asText().isBlank()) {
            throw new IllegalStateException("POST comment '" + comment.key() + "' answered 202 without an id: "
                    + response.body());
        }
        return id.asText();
    }

    /** Posts every comment in order, replies with the id of the comment they answer; returns ids by demo key. */
    public Map<String, String> postThread(DemoThread thread) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoThread.Comment comment : thread.comments()) {
            String parentId = null;
            if (comment.replyTo() != null) {
                parentId = ids.get(comment.replyTo());
                if (parentId == null) {
                    throw new IllegalStateException("demo comment '" + comment.key() + "' replies to '"
                            + comment.replyTo() + "', which is not posted before it");
                }
            }
            ids.put(comment.key(), postComment(thread.article().id(), parentId, comment));
        }
        return ids;
    }

    /** {@code GET path} with the site key; returns the parsed body, failing on anything but 200. */
    public JsonNode getJson(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUri.resolve(path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header(API_KEY_HEADER, apiKey)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("comment-service at " + baseUri + " is not answering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
