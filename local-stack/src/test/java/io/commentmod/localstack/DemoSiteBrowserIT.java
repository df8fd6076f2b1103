package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo site in a real browser (Debian's Chromium, see {@link Browsers}), on the stack shared with
 * {@link WholeSystemIT}. Screenshots of every step go to {@code local-stack/target/screenshots/demo-site-*.png}.
 */
@ExtendWith(Browsers.Required.class)
@ExtendWith(SharedStack.Resolver.class)
class DemoSiteBrowserIT {

    private static final Duration MODERATION_DEADLINE = Duration.ofSeconds(60);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    private SharedStack shared;
    private WebDriver reader;
    private WebDriver otherReader;

    /** In {@code @BeforeEach}, so that a missing browser skips the test before the stack is started for nothing. */
    @BeforeEach
    void shareTheStack(SharedStack stack) {
        shared = stack;
    }

    @AfterEach
    void closeTheBrowsers() {
        for (WebDriver driver : new WebDriver[] {reader, otherReader}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aReaderPostsASelfPromotingCommentThroughTheFormAndOnlyTheySeeItAwaitingModeration() {
        DemoThread demo = shared.demo();
        awaitTheDemoThreadModerated();
        String site = shared.stack().serviceUri(Service.DEMO_SITE).toString();
        String promotion = "Reading these stories made me smile, because humour in therapy is exactly what I am"
                + " researching. I am looking for participants for a short online survey about how clients feel when"
                + " their therapist laughs, and I also run a small discussion group on the topic. Email me at"
                + " noor.research@example.net if you would like to join, and feel free to pass this on!";

        // 1. a reader opens the site and lands on the demo article with its published thread
        reader = Browsers.chromium();
        reader.get(site + "/");
        WebDriverWait readerWait = new WebDriverWait(reader, PAGE_WAIT);
        readerWait.until(ExpectedConditions.textToBe(By.tagName("h1"), demo.article().title()));
        assertThat(reader.getCurrentUrl()).endsWith("/articles/" + demo.article().id());
        assertThat(reader.findElement(By.id("answer-heading")).getText()).contains(demo.article().therapist().name());
        for (DemoThread.Comment comment : demo.comments()) {
            if (comment.expectedStatus().equals("PUBLISHED")) {
                WebElement shown = reader.findElement(By.id("comment-" + shared.ids().get(comment.key())));
                assertThat(shown.findElement(By.className("author")).getText()).isEqualTo(comment.author().name());
                assertThat(shown.findElement(By.className("text")).getText()).isEqualTo(comment.body());
            }
        }
        String heldDemoComment = demo.comment("survey").body();
        assertThat(reader.findElement(By.id("comments")).getText()).doesNotContain(heldDemoComment.substring(0, 40));
        Browsers.screenshot(reader, "demo-site-1-reader-opens-the-article");

        // 2. fills in "Leave a comment", finding each field by its label
        assertThat(reader.findElement(By.id("form-heading")).getText()).isEqualTo("Leave a comment");
        fieldLabelled(reader, "Name").sendKeys("Noor (researcher)");
        fieldLabelled(reader, "Email").sendKeys("noor.research@example.net");
        fieldLabelled(reader, "Comment").sendKeys(promotion);
        Browsers.screenshot(reader, "demo-site-2-reader-fills-in-the-form");

        // 3. posts it, and is shown it in place as awaiting moderation while a moderator has it
        reader.findElement(By.xpath("//form[.//textarea[@id='body']]//button[@type='submit']")).click();
        readerWait.until(ExpectedConditions.urlContains("#comment-"));
        String url = reader.getCurrentUrl();
        String id = url.substring(url.indexOf("#comment-") + "#comment-".length());
        await().atMost(MODERATION_DEADLINE).until(
                () -> shared.api().getJson("/api/v1/comments/" + id).path("status").asText().equals("HELD"));
        reader.navigate().refresh();
        WebElement own = readerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + id)));
        assertThat(own.findElement(By.className("moderation-status")).getText())
                .isEqualTo("Your comment is awaiting moderation.");
        assertThat(own.findElement(By.className("text")).getText()).isEqualTo(promotion);
        assertThat(own.findElement(By.className("author")).getText()).isEqualTo("Noor (researcher)");
        assertThat(own.findElement(By.className("comment-meta")).getText()).as("the author's email is not shown")
                .doesNotContain("@");
        Browsers.screenshot(reader, "demo-site-3-reader-sees-their-comment-awaiting-moderation");

        // 4. someone else, in a fresh browser without the poster's cookies, never sees it
        otherReader = Browsers.chromium();
        otherReader.get(site + "/articles/" + demo.article().id());
        new WebDriverWait(otherReader, PAGE_WAIT)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), demo.article().title()));
        assertThat(otherReader.findElements(By.id("comment-" + id))).as("the held comment's element").isEmpty();
        String othersComments = otherReader.findElement(By.id("comments")).getText();
        assertThat(othersComments).doesNotContain(promotion.substring(0, 40), "Noor (researcher)",
                "awaiting moderation");
        assertThat(othersComments).contains(demo.comment("story").body());
        Browsers.screenshot(otherReader, "demo-site-4-another-reader-does-not-see-it");
    }

    /** The form control that the {@code <label>} starting with {@code text} is for. */
    private static WebElement fieldLabelled(WebDriver driver, String text) {
        WebElement label = driver.findElement(By.xpath("//form//label[starts-with(normalize-space(.), '" + text + "')]"));
        return driver.findElement(By.id(label.getDomAttribute("for")));
    }

    private void awaitTheDemoThreadModerated() {
        await().atMost(MODERATION_DEADLINE).until(() -> shared.demo().comments().stream().allMatch(comment ->
                comment.expectedStatus().equals(shared.api()
                        .getJson("/api/v1/comments/" + shared.ids().get(comment.key())).path("status").asText())));
    }
}
