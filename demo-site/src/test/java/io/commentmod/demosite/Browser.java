package io.commentmod.demosite;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A visitor's browser, as far as the tests need one: its own cookies, forms posted as a browser posts them. */
final class Browser {

    private final URI site;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(int port) {
        this.site = URI.create("http://127.0.0.1:" + port);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(site.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(site.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts, and follows the redirect to the page the way a browser does (GET, same cookies). */
    HttpResponse<String> postAndFollow(String path, Map<String, String> fields) {
        HttpResponse<String> response = post(path, fields);
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect after POST " + path + ": HTTP " + response.statusCode()
                        + "\n" + response.body()));
        return get(URI.create(location).getRawPath());
    }

    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
