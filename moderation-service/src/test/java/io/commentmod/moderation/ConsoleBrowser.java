package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects: the console seen one request at a time, the way a
 * browser makes them (forms, CSRF tokens, session cookie). The real-browser tests are in local-stack.
 */
public final class ConsoleBrowser {

    public static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public ConsoleBrowser(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts form fields (a field may repeat: give it as a list). */
    public HttpResponse<String> postForm(String path, Map<String, ?> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values.stream() : java.util.stream.Stream
                        .of(e.getValue())).map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the page's forms carry. */
    public static String csrfOf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
        return token.group(1);
    }

    /** Opens the login page, then posts the form with the page's CSRF token. */
    public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> answer = postForm("/login",
                Map.of("username", user, "password", password, "_csrf", csrfOf(login.body())));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
