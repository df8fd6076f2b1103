package io.commentmod.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real browsers for end-to-end tests: Debian's {@code chromium} driven through Debian's {@code chromium-driver}
 * (both installed by {@code .ci/run}). Nothing is ever downloaded: the driver and the browser are given by path, so
 * Selenium Manager is not run.
 * <p>
 * Where either is missing the test is skipped (a JUnit assumption), except in CI ({@code CI} set, as {@code .ci/run}
 * runs), where it fails: there a missing browser is a broken setup, not a reason to skip.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots for people to look at, under the module's {@code target}. */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", ""), "target", "screenshots")
            .toAbsolutePath();

    /**
     * Selenium warns at every new session that it has no DevTools classes for this Chromium's version. Nothing here
     * uses them (screenshots go through chromedriver's {@code executeCdpCommand}), so only errors are kept. Held here
     * because java.util.logging keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private Browsers() {
    }

    /**
     * A new headless Chromium with a fresh profile (no cookies, no cache), 1280x1024. {@code quit()} it when done: that
     * also stops its chromedriver; the profile's temp dir is deleted when the JVM exits.
     */
    public static WebDriver chromium() {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // known to work as root on the CI machine; without the background-networking ones Chromium tries to reach
        // Google's services and the closed network refuses the connections
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(profile)));
        return driver;
    }

    /** Skips the calling test (or fails it in CI) unless Debian's chromium and chromedriver are installed. */
    public static void requireChromium() {
        require(CHROMIUM, CHROMEDRIVER, inCi());
    }

    static void require(Path chromium, Path chromedriver, boolean ci) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium + " (Debian package chromium)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add(chromedriver + " (Debian package chromium-driver)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String reason = "browser test needs " + String.join(" and ", missing)
                + " (apt-get install chromium chromium-driver)";
        if (ci) {
            throw new AssertionError("CI is set, so browser tests must run, but " + reason);
        }
        Assumptions.abort(reason);
    }

    /**
     * {@code @ExtendWith(Browsers.Required.class)}: each test is skipped (reported as skipped, with the reason), or in
     * CI failed, when the browser is missing, before any {@code @BeforeEach} method runs. So get expensive things such as
     * the {@link SharedStack} in a {@code @BeforeEach} method, not a {@code @BeforeAll} one, which would start them first.
     */
    public static final class Required implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            requireChromium();
        }
    }

    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /**
     * Saves a PNG of the whole page, not just the window, as {@code target/screenshots/<name>.png}, and returns its
     * path.
     */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, fullPagePng(driver));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fullPagePng(WebDriver driver) {
        if (driver instanceof ChromeDriver chrome) {
            try {
                // DevTools' own screenshot of the whole layout, sent through chromedriver (no DevTools connection)
                Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                Map<String, Object> clip = Map.of("x", 0, "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
                Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
                return Base64.getDecoder().decode((String) shot.get("data"));
            } catch (WebDriverException | ClassCastException | NullPointerException e) {
                // fall back to the visible window
            }
        }
        return ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
