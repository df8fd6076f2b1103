package io.commentmod.comments.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import io.commentmod.comments.support.AdjustableClock;
import io.commentmod.comments.support.CommentServiceDriver;
import io.commentmod.comments.support.EmbeddedServersTest;

/**
 * The ingest rate limits as a client meets them. The test runs behind the loopback "proxy" (trusted here), so each
 * request can come from the client address it names in {@code X-Forwarded-For}; the limits are small and time is
 * moved forward with an adjustable clock instead of waited for.
 */
class RateLimitIntegrationTest extends EmbeddedServersTest {

    private static final int PER_ADDRESS = 5;
    private static final int PER_AUTHOR = 3;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @DynamicPropertySource
    static void smallLimits(DynamicPropertyRegistry registry) {
        registry.add("commentmod.ingest.rate-limit.enabled", () -> "true");
        registry.add("commentmod.ingest.rate-limit.per-address", () -> PER_ADDRESS + "/1h");
        registry.add("commentmod.ingest.rate-limit.per-author", () -> PER_AUTHOR + "/1h");
        registry.add("commentmod.ingest.rate-limit.trusted-proxies", () -> "127.0.0.1,::1");
    }

    @TestConfiguration
    static class ControlledTime {

        @Bean
        AdjustableClock clock() {
            return new AdjustableClock();
        }
    }

    @Autowired
    private AdjustableClock clock;

    private String article;

    @BeforeEach
    void givenARegisteredArticle() {
        article = service.registerArticle("Dr. Jane Doe", "jane.doe@example.org");
    }

    @Test
    void exceedingThePerAddressLimitIsRefusedWith429AndRetryAfterAndLeavesNothingBehind() {
        // Given a client address that used up its allowance, with a different author each time
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(address, newAuthor(), "Comment " + i).expectStatus().isAccepted();
        }
        long before = service.storedComments();
        String marker = marker();

        // When it posts once more
        RestTestClient.ResponseSpec response = post(address, newAuthor(), marker);

        // Then: 429, and the wait until one more is allowed (an hour spread over 5 requests)
        assertTooManyRequests(response, Duration.ofMinutes(12));
        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void anotherAddressIsUnaffectedByOneThatIsOverItsLimit() {
        String busy = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(busy, newAuthor(), "Comment " + i).expectStatus().isAccepted();
        }
        post(busy, newAuthor(), "One too many").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        post(newAddress(), newAuthor(), "From elsewhere").expectStatus().isAccepted();
    }

    @Test
    void exceedingThePerAuthorLimitIsRefusedWith429AndRetryAfterAndLeavesNothingBehind() {
        // Given an author who used up their allowance, from a different address each time
        String author = newAuthor();
        for (int i = 0; i < PER_AUTHOR; i++) {
            post(newAddress(), author, "Comment " + i).expectStatus().isAccepted();
        }
        long before = service.storedComments();
        String marker = marker();

        // When they post again, with the email in other letter case, from yet another address
        RestTestClient.ResponseSpec response = post(newAddress(), author.toUpperCase(), marker);

        // Then
        assertTooManyRequests(response, Duration.ofMinutes(20));
        service.assertNothingStoredOrPublished(marker, before, article);
    }

    @Test
    void anotherAuthorFromTheSameAddressIsUnaffectedByOneThatIsOverTheirLimit() {
        String address = newAddress();
        String author = newAuthor();
        for (int i = 0; i < PER_AUTHOR; i++) {
            post(address, author, "Comment " + i).expectStatus().isAccepted();
        }
        post(address, author, "One too many").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        post(address, newAuthor(), "Someone else at the same desk").expectStatus().isAccepted();
    }

    @Test
    void theAllowanceComesBackOnceTheWindowHasPassed() {
        // Given an address over its limit
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(address, newAuthor(), "Comment " + i).expectStatus().isAccepted();
        }
        post(address, newAuthor(), "One too many").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // When the window passes
        clock.advance(Duration.ofHours(1));

        // Then it has its whole allowance again, and not more
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(address, newAuthor(), "Later " + i).expectStatus().isAccepted();
        }
        post(address, newAuthor(), "One too many again").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedClientIsNotBelieved() {
        // The loopback proxy is trusted here; what it forwards is believed only from its right-most entry, so a
        // client that prepends addresses of its own still counts against the address the proxy saw.
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post("10.66.0." + i + ", " + address, newAuthor(), "Comment " + i).expectStatus().isAccepted();
        }

        post("10.66.1.1, " + address, newAuthor(), "Forged").expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private void assertTooManyRequests(RestTestClient.ResponseSpec response, Duration retryAfter) {
        response.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                        .isPositive().isLessThanOrEqualTo(retryAfter.toSeconds()))
                .expectBody().jsonPath("$.title").isEqualTo("Too many requests")
                .jsonPath("$.status").isEqualTo(429);
    }

    private RestTestClient.ResponseSpec post(String forwardedFor, String email, String body) {
        return service.http().post().uri("/api/v1/comments").header("X-Api-Key", CommentServiceDriver.SITE_KEY)
                .header("X-Forwarded-For", forwardedFor).contentType(MediaType.APPLICATION_JSON)
                .body(CommentServiceDriver.json(Map.of("articleId", article,
                        "author", Map.of("name", "Reader", "email", email), "body", body)))
                .exchange();
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    private static String newAuthor() {
        return CommentServiceDriver.uniqueId("reader") + "@example.org";
    }

    private static String marker() {
        return "marker-" + UUID.randomUUID();
    }
}
