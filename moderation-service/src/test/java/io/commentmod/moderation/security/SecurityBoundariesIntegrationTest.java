package io.commentmod.moderation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.commentmod.moderation.ConsoleBrowser;
import io.commentmod.moderation.ModerationIntegrationTest;

/**
 * Every way into moderation-service, on the real filter chains and accounts stored in MongoDB: the API with HTTP
 * Basic, the console with a form, a session and CSRF tokens.
 */
class SecurityBoundariesIntegrationTest extends ModerationIntegrationTest {

    private static final Pattern CSRF = ConsoleBrowser.CSRF;

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/moderation/queue", "GET, /api/v1/moderation/cases/c-1",
            "POST, /api/v1/moderation/cases/c-1/decision", "GET, /api/v1/moderation/rules",
            "PUT, /api/v1/moderation/rules", "GET, /api/v1/moderation/accounts",
            "POST, /api/v1/moderation/accounts", "GET, /actuator/metrics", "GET, /actuator/info",
            "GET, /api/v1/moderation/queue/counts", "GET, /api/v1/moderation/cases/c-1/details",
            "GET, /api/v1/moderation/cases/c-1/history", "POST, /api/v1/moderation/decisions",
            "POST, /api/v1/moderation/decisions/by-author", "PUT, /api/v1/moderation/authors/standing",
            "POST, /api/v1/moderation/rules/preview", "PUT, /api/v1/moderation/accounts/moderator/enabled"})
    void everyEndpointWithoutCredentialsIsUnauthorizedAsProblemJson(String method, String path) {
        Answer answer = call(method, path, null, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/moderation/rules", "PUT, /api/v1/moderation/rules",
            "GET, /api/v1/moderation/accounts", "POST, /api/v1/moderation/accounts", "GET, /actuator/metrics",
            "GET, /actuator/info", "POST, /api/v1/moderation/rules/preview",
            "PUT, /api/v1/moderation/accounts/admin/enabled"})
    void aModeratorIsForbiddenFromAdministration(String method, String path) {
        Answer answer = call(method, path, MODERATOR, MODERATOR_PASSWORD);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthAndMetricsForScrapingNeedNoCredentials() throws Exception {
        assertThat(anonymousGet("/actuator/health").status()).isEqualTo(200);
        assertThat(new ConsoleBrowser(port).get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminAddsAModeratorWhoCanModerateButNotAdminister() {
        String name = newAccountName();

        Answer created = post("/api/v1/moderation/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"a long enough secret\",\"role\":\"MODERATOR\"}",
                ADMIN, ADMIN_PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("roles").toString()).contains("MODERATOR").doesNotContain("ADMIN");
        assertThat(created.body().has("passwordHash")).isFalse();
        assertThat(get("/api/v1/moderation/queue", name, "a long enough secret").status()).isEqualTo(200);
        assertThat(get("/api/v1/moderation/accounts", name, "a long enough secret").status()).isEqualTo(403);
        assertThat(post("/api/v1/moderation/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"another long secret\",\"role\":\"MODERATOR\"}",
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(409);
    }

    @Test
    void aNewAccountNeedsAProperNameAndALongPassword() {
        Answer answer = post("/api/v1/moderation/accounts",
                "{\"username\":\"a b\",\"password\":\"short\",\"role\":\"MODERATOR\"}", ADMIN, ADMIN_PASSWORD);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsString("field")).contains("username", "password");
    }

    @Test
    void aDisabledAccountIsLockedOutAtOnce() {
        String name = createModerator();
        assertThat(get("/api/v1/moderation/queue", name, "a long enough secret").status()).isEqualTo(200);

        Answer disabled = put("/api/v1/moderation/accounts/" + name + "/enabled", "{\"enabled\":false}", ADMIN,
                ADMIN_PASSWORD);

        assertThat(disabled.status()).isEqualTo(204);
        assertThat(get("/api/v1/moderation/queue", name, "a long enough secret").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedSignInsAreRefusedEvenWithTheRightPassword() {
        String name = createModerator();
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/moderation/queue", name, "wrong guess " + i).status()).isEqualTo(401);
        }

        Answer refused = call("GET", "/api/v1/moderation/queue", name, "a long enough secret");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        // other accounts are not affected
        assertThat(get("/api/v1/moderation/queue", MODERATOR, MODERATOR_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theConsoleSendsAVisitorWithoutASessionToTheLoginPage() throws Exception {
        HttpResponse<String> page = new ConsoleBrowser(port).get("/console");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void basicCredentialsDoNotOpenTheConsole() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/console"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((MODERATOR + ":" + MODERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();

        assertThat(new ConsoleBrowser(port).client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aModeratorSignsInWithTheFormAndSeesThePendingQueue() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);

        HttpResponse<String> signedIn = browser.signIn(MODERATOR, MODERATOR_PASSWORD);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        HttpResponse<String> queue = browser.get("/console");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Waiting for a decision");
    }

    @Test
    void aWrongPasswordOnTheFormShowsTheLoginPageAgain() throws Exception {
        HttpResponse<String> failed = new ConsoleBrowser(port).signIn(MODERATOR, "not the password");

        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?failed"));
    }

    @Test
    void aSignInWithAForgedCsrfTokenIsRefused() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);
        browser.get("/login");

        HttpResponse<String> answer = browser.postForm("/login",
                Map.of("username", MODERATOR, "password", MODERATOR_PASSWORD, "_csrf", "forged-token"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void aConsoleFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);
        browser.signIn(MODERATOR, MODERATOR_PASSWORD);
        assertThat(browser.get("/console").body()).as("the page's forms carry the token").containsPattern(CSRF);

        HttpResponse<String> withoutToken = browser.postForm("/logout", Map.of());
        HttpResponse<String> forgedToken = browser.postForm("/logout", Map.of("_csrf", "forged-token"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/console").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void anIdleConsoleSessionExpiresAndSendsTheModeratorToSignIn() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);
        browser.signIn(MODERATOR, MODERATOR_PASSWORD);
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);

        // the test configuration ends sessions after 3 s without a request
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);

        HttpResponse<String> expired = browser.get("/console");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    @Test
    void aModeratorCannotOpenTheAdminPagesOfTheConsole() throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(port);
        browser.signIn(MODERATOR, MODERATOR_PASSWORD);

        assertThat(browser.get("/console/rules").statusCode()).isEqualTo(403);
    }

    private String createModerator() {
        String name = newAccountName();
        assertThat(post("/api/v1/moderation/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"a long enough secret\",\"role\":\"MODERATOR\"}",
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(201);
        return name;
    }

    private static String newAccountName() {
        return "mod-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Answer call(String method, String path, String user, String password) {
        if (user == null) {
            return method.equals("GET") ? anonymousGet(path) : anonymous(method, path);
        }
        return switch (method) {
            case "GET" -> get(path, user, password);
            case "PUT" -> put(path, "{}", user, password);
            default -> post(path, "{}", user, password);
        };
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
