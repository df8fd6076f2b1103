package io.commentmod.demosite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The site starts before comment-service does, and registers its article as soon as comment-service answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleRegistrationTest {

    static final String SITE_KEY = "registration-test-key";
    static final int COMMENT_SERVICE_PORT = freePort();
    static FakeCommentService commentService;

    @DynamicPropertySource
    static void pointAtAPortWhereNothingListensYet(DynamicPropertyRegistry registry) {
        registry.add("commentmod.demo-site.comment-service-url", () -> "http://127.0.0.1:" + COMMENT_SERVICE_PORT);
        registry.add("commentmod.demo-site.site-api-key", () -> SITE_KEY);
    }

    @AfterAll
    static void stop() {
        if (commentService != null) {
            commentService.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void theArticleIsRegisteredOnceCommentServiceComesUpAndTheSiteServesPagesMeanwhile() throws Exception {
        assertThat(new Browser(port).get("/articles/demo-laughing-therapist").body())
                .as("comment-service is down: the article is shown anyway")
                .contains("Dr. Maya Lindqvist, LMFT answers", "Comments cannot be loaded right now.");

        // the site has been trying since it started, with nothing listening; now comment-service comes up
        commentService = FakeCommentService.start(COMMENT_SERVICE_PORT, SITE_KEY);

        await().atMost(Duration.ofSeconds(15)).until(() -> !commentService.requests("PUT", "/api/v1/articles/").isEmpty());
        FakeCommentService.Request put = commentService.requests("PUT", "/api/v1/articles/").get(0);
        assertThat(put.path()).isEqualTo("/api/v1/articles/demo-laughing-therapist");
        assertThat(put.apiKey()).isEqualTo(SITE_KEY);
        assertThat(put.body()).contains("\"title\":\"My therapist laughed during a session; should I worry?\"",
                "\"therapist\":{\"name\":\"Dr. Maya Lindqvist, LMFT\",\"email\":\"maya.lindqvist@example.org\"}");
        // registered once, then left alone
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> commentService.requests("PUT", "/api/v1/articles/").size() == 1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
