package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Moderators in a real browser (Debian's Chromium, see {@link Browsers}) on the stack shared with the other
 * end-to-end tests: the console's login, queues, case page and keyboard. Screenshots go to
 * {@code local-stack/target/screenshots/console-*.png}.
 */
@ExtendWith(Browsers.Required.class)
@ExtendWith(SharedStack.Resolver.class)
class ModeratorConsoleBrowserIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    private SharedStack shared;
    private WebDriver reader;
    private WebDriver moderator;

    @BeforeEach
    void shareTheStack(SharedStack stack) {
        shared = stack;
    }

    @AfterEach
    void closeTheBrowsers() {
        for (WebDriver driver : new WebDriver[] {reader, moderator}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aModeratorFindsTheHeldCommentFirstSeesWhyAndApprovesItWithTheKeyboard() {
        DemoThread demo = shared.demo();
        String site = shared.stack().serviceUri(Service.DEMO_SITE).toString();
        // self-promotion: held (no address in it: once approved it is public, and the other end-to-end tests check
        // that no e-mail address ever shows on the demo page)
        String promotion = "My practice offers a free first session for readers of this page, and I am also"
                + " collecting stories for a book. Check out my blog and subscribe to my channel!";

        // a reader posts it through the demo site
        reader = Browsers.chromium();
        reader.get(site + "/articles/" + demo.article().id());
        WebDriverWait readerWait = new WebDriverWait(reader, PAGE_WAIT);
        readerWait.until(ExpectedConditions.textToBe(By.tagName("h1"), demo.article().title()));
        reader.findElement(By.id("name")).sendKeys("Lena");
        reader.findElement(By.id("email")).sendKeys("lena.coach@example.net");
        reader.findElement(By.id("body")).sendKeys(promotion);
        reader.findElement(By.xpath("//form[.//textarea[@id='body']]//button[@type='submit']")).click();
        readerWait.until(ExpectedConditions.urlContains("#comment-"));
        String id = reader.getCurrentUrl().substring(reader.getCurrentUrl().indexOf("#comment-") + 9);
        awaitStatus(id, "HELD");

        // a moderator signs in
        moderator = Browsers.chromium();
        String console = shared.stack().serviceUri(Service.MODERATION) + "/console";
        moderator.get(console);
        WebDriverWait wait = new WebDriverWait(moderator, PAGE_WAIT);
        wait.until(ExpectedConditions.urlContains("/login"));
        Browsers.screenshot(moderator, "console-1-login");
        moderator.findElement(By.id("username")).sendKeys(LocalStack.MODERATOR_USER);
        moderator.findElement(By.id("password")).sendKeys(LocalStack.MODERATOR_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/console$"));

        // finds it in Pending (other tests share this stack and hold comments too), and at the top once narrowed to
        // its author
        moderator.findElement(By.partialLinkText("Pending")).click();
        wait.until(ExpectedConditions.urlContains("view=PENDING"));
        assertThat(moderator.findElements(By.cssSelector("tr[data-comment-id='" + id + "']"))).hasSize(1);
        moderator.findElement(By.name("author")).sendKeys("lena.coach@example.net", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("author="));
        List<WebElement> rows = moderator.findElements(By.cssSelector("tr.item"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getDomAttribute("data-comment-id")).isEqualTo(id);
        assertThat(rows.get(0).getText()).contains("Lena", "promotion.self");
        Browsers.screenshot(moderator, "console-2-pending-queue");

        // opens it with the keyboard and sees why it was held
        new Actions(moderator).sendKeys("o").perform();
        wait.until(ExpectedConditions.urlContains("/console/cases/" + id));
        List<String> marked = moderator.findElements(By.cssSelector("#comment-body mark")).stream()
                .map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty().allSatisfy(text -> assertThat(promotion).contains(text));
        assertThat(moderator.findElement(By.cssSelector("table.signals")).getText()).contains("promotion.self",
                "The writer points readers at their own channel, site or business, or asks for followers.");
        Browsers.screenshot(moderator, "console-3-case-page");

        // approves it with the keyboard
        new Actions(moderator).sendKeys("a").perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                "Approved the comment."));
        Browsers.screenshot(moderator, "console-4-approved");
        awaitStatus(id, "PUBLISHED");

        // the comment is on the demo page for everyone
        reader.navigate().refresh();
        WebElement shown = readerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + id)));
        assertThat(shown.getText()).contains(promotion.substring(0, 40)).doesNotContain("awaiting moderation");
        Browsers.screenshot(reader, "console-5-published-on-the-demo-page");

        // and the audit trail shows both decisions
        moderator.get(shared.stack().serviceUri(Service.MODERATION) + "/console/cases/" + id);
        List<String> history = moderator.findElements(By.cssSelector("ol.history li")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).contains("HOLD", "AUTOMATIC");
        assertThat(history.get(1)).contains("PUBLISH", "MODERATOR " + LocalStack.MODERATOR_USER);
        Browsers.screenshot(moderator, "console-6-audit-trail");
    }

    @Test
    void aModeratorRejectsASelectionAndThenReversesOneOfTheRejections() {
        String first = post("Join my paid survey for therapy clients, please contact me to take part!");
        String second = post("We are recruiting participants for a study on crying in therapy. Please contact me.");
        awaitStatus(first, "HELD");
        awaitStatus(second, "HELD");

        moderator = Browsers.chromium();
        String base = shared.stack().serviceUri(Service.MODERATION).toString();
        moderator.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(moderator, PAGE_WAIT);
        moderator.findElement(By.id("username")).sendKeys(LocalStack.MODERATOR_USER);
        moderator.findElement(By.id("password")).sendKeys(LocalStack.MODERATOR_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/console$"));
        moderator.get(base + "/console?view=PENDING");

        // selects both and rejects them together
        for (String id : List.of(first, second)) {
            moderator.findElement(By.cssSelector("tr[data-comment-id='" + id + "'] input[type=checkbox]")).click();
        }
        Browsers.screenshot(moderator, "console-7-selection");
        moderator.findElement(By.cssSelector("#bulk button[value=REJECT]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                "Rejected 2 comments."));
        awaitStatus(first, "REJECTED");
        awaitStatus(second, "REJECTED");
        Browsers.screenshot(moderator, "console-8-rejected-together");

        // then reverses one of them from Recent decisions
        moderator.findElement(By.linkText("Recent decisions")).click();
        wait.until(ExpectedConditions.urlContains("view=RECENT"));
        moderator.findElement(By.cssSelector("tr[data-comment-id='" + second + "'] a.open")).click();
        wait.until(ExpectedConditions.urlContains("/console/cases/" + second));
        moderator.findElement(By.id("note")).sendKeys("An ethics-approved study after all.");
        moderator.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"),
                "Approved the comment."));
        awaitStatus(second, "PUBLISHED");
        assertThat(shared.api().getJson("/api/v1/comments/" + first).path("status").asText()).isEqualTo("REJECTED");

        moderator.get(base + "/console/cases/" + second);
        List<String> history = moderator.findElements(By.cssSelector("ol.history li")).stream()
                .map(WebElement::getText).toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(1)).contains("REJECT", "MODERATOR");
        assertThat(history.get(2)).contains("PUBLISH", "An ethics-approved study after all.");
        Browsers.screenshot(moderator, "console-9-reversed");
    }

    private String post(String body) {
        DemoThread demo = shared.demo();
        return shared.api().postComment(demo.article().id(), null, new DemoThread.Comment("x", null,
                new DemoThread.Person("Researcher", "researcher-" + body.length() + "@example.org"), body, false,
                "HELD"));
    }

    private void awaitStatus(String id, String status) {
        await().atMost(DEADLINE).until(
                () -> shared.api().getJson("/api/v1/comments/" + id).path("status").asText().equals(status));
    }
}
