package io.commentmod.comments.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.commentmod.comments.articles.ArticleRegistry;
import io.commentmod.comments.comment.CommentOutbox;
import io.commentmod.comments.comment.CommentStore;
import io.commentmod.comments.ingest.RecentlyAccepted;
import io.commentmod.comments.ratelimit.IngestRateLimiter;
import io.commentmod.comments.support.WithApiSecurity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Which endpoints need the site's API key, and how a refusal looks. Every controller is loaded with its real
 * feature service; only storage and the outbox are replaced.
 */
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "io\\.commentmod\\.comments\\.(ingest|thread|reports)\\..*Service"))
@WithApiSecurity
class ApiKeySecurityTest {

    @TestConfiguration
    static class ServiceDependencies {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        RecentlyAccepted recentlyAccepted() {
            return new RecentlyAccepted();
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private CommentStore comments;

    @MockitoBean
    private ArticleRegistry articles;

    @MockitoBean
    private CommentOutbox outbox;

    @MockitoBean
    private KafkaTemplate<String, Object> kafka;

    @MockitoBean
    private IngestRateLimiter rateLimits;

    @Test
    void siteEndpointWithoutApiKeyIsUnauthorizedProblem() {
        // When
        MvcTestResult result = mvc.get().uri("/api/v1/comments/c-1").exchange();

        // Then
        assertUnauthorizedProblem(result);
    }

    @Test
    void siteEndpointWithWrongApiKeyIsUnauthorizedProblem() {
        assertUnauthorizedProblem(mvc.get().uri("/api/v1/comments/c-1").header("X-Api-Key", "guessed-key").exchange());
        assertUnauthorizedProblem(mvc.post().uri("/api/v1/comments").header("X-Api-Key", "")
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange());
    }

    @Test
    void siteEndpointWithTheConfiguredKeyIsServed() {
        given(comments.find(anyString())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/v1/comments/c-1").header("X-Api-Key", WithApiSecurity.SITE_KEY)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void pingAnswersNoContentToTheConfiguredKeyOnly() {
        assertThat(mvc.get().uri("/api/v1/ping").header("X-Api-Key", WithApiSecurity.SITE_KEY).exchange())
                .hasStatus(HttpStatus.NO_CONTENT).body().isEmpty();
        assertUnauthorizedProblem(mvc.get().uri("/api/v1/ping").exchange());
        assertUnauthorizedProblem(mvc.get().uri("/api/v1/ping").header("X-Api-Key", "guessed-key").exchange());
    }

    @Test
    void publicThreadNeedsNoKey() {
        given(articles.find(anyString())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/v1/articles/a-1/comments").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void readerReportNeedsNoKey() {
        given(comments.findSummary(anyString())).willReturn(Optional.empty());

        MvcTestResult result = mvc.post().uri("/api/v1/comments/c-1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"spam\"}").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void publicEndpointsDoNotOpenOtherMethodsOnTheSamePaths() {
        assertUnauthorizedProblem(mvc.post().uri("/api/v1/articles/a-1/comments").exchange());
        assertUnauthorizedProblem(mvc.get().uri("/api/v1/comments/c-1/reports").exchange());
    }

    @Test
    void unknownPathWithoutKeyRevealsNothing() {
        assertUnauthorizedProblem(mvc.get().uri("/api/v1/internal").exchange());
    }

    private static void assertUnauthorizedProblem(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"title":"Unauthorized","status":401,"detail":"The X-Api-Key header is missing or invalid."}""");
    }
}
