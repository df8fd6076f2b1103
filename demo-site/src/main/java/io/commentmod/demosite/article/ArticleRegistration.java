package io.commentmod.demosite.article;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.commentmod.demosite.DemoSiteProperties;
import io.commentmod.demosite.proxy.CommentApi;
import jakarta.annotation.PreDestroy;

/**
 * Tells comment-service about the article once the site is up, retrying with backoff until it answers. The site
 * starts together with comment-service (the launcher, docker compose), so comment-service being down at first is
 * normal and must not stop the site: the page shows the article and says comments are unavailable meanwhile.
 * {@code PUT} is idempotent, so registering on every start is harmless.
 */
@Component
class ArticleRegistration {

    private static final Logger log = LoggerFactory.getLogger(ArticleRegistration.class);
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final CommentApi api;
    private final DemoSiteProperties.Article article;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "article-registration");
        thread.setDaemon(true);
        return thread;
    });

    ArticleRegistration(CommentApi api, DemoSiteProperties properties) {
        this.api = api;
        this.article = properties.article();
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerWhenReady() {
        retries.execute(() -> attempt(1, FIRST_RETRY));
    }

    private void attempt(int number, Duration nextDelay) {
        try {
            int status = api.registerArticle(article);
            log.info("Article '{}' registered with comment-service (HTTP {}, attempt {})", article.id(), status, number);
        } catch (RuntimeException e) {
            // warn on the first failures and then every tenth, so a long outage does not flood the log
            if (number <= 3 || number % 10 == 0) {
                log.warn("Article '{}' not registered yet (attempt {}), retrying in {} ms: {}", article.id(), number,
                        nextDelay.toMillis(), e.getMessage());
            }
            Duration after = nextDelay.multipliedBy(2);
            retries.schedule(() -> attempt(number + 1, after.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : after),
                    nextDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
