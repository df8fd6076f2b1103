package io.commentmod.localstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Without a browser, browser tests skip on a laptop and fail in CI. */
class BrowsersTest {

    @TempDir
    Path dir;

    @Test
    void aMissingBrowserSkipsTheTestOutsideCi() {
        assertThatThrownBy(() -> Browsers.require(dir.resolve("chromium"), dir.resolve("chromedriver"), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("chromium (Debian package chromium)")
                .hasMessageContaining("chromedriver (Debian package chromium-driver)");
    }

    @Test
    void aMissingDriverFailsTheTestInCi() throws IOException {
        Path chromium = executable("chromium");
        assertThatThrownBy(() -> Browsers.require(chromium, dir.resolve("chromedriver"), true))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("CI is set, so browser tests must run")
                .hasMessageContaining("chromium-driver")
                .hasMessageNotContaining("Debian package chromium)");
    }

    @Test
    void bothInstalledIsEnoughInAndOutsideCi() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = executable("chromedriver");
        assertThatCode(() -> Browsers.require(chromium, chromedriver, true)).doesNotThrowAnyException();
        assertThatCode(() -> Browsers.require(chromium, chromedriver, false)).doesNotThrowAnyException();
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
