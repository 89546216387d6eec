package org.hspnavigator.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one set-up of the pages' browser tests: Debian's chromium, headless, driven through Debian's
 * chromedriver (never one a tool downloads), at desktop width, with or without JavaScript, and the
 * directory their screenshots go to.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 360;

    private HeadlessChromium() {
    }

    /** Whether Debian's chromium and chromedriver are installed (.ci/run installs them). */
    public static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the test, saying why, where chromium or its driver is not installed. */
    public static void assumeInstalled() {
        assumeTrue(isInstalled(), "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                + "(apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    /** A new headless chromium at desktop width; without JavaScript, the browser runs none. */
    public static ChromeDriver start(boolean javaScript) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP_WIDTH + ",900", "--hide-scrollbars");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(service, options);
    }
}
