package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.hspnavigator.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through Debian's chromedriver (never one a tool downloads), for the
 * pages' browser tests: with or without JavaScript, at desktop width or at 360 px, with full-page and
 * element screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    static final int DESKTOP_WIDTH = HeadlessChromium.DESKTOP_WIDTH;
    static final int PHONE_WIDTH = HeadlessChromium.PHONE_WIDTH;

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether Debian's chromium and chromedriver are installed (.ci/run installs them). */
    static boolean isInstalled() {
        return HeadlessChromium.isInstalled();
    }

    static Browser start(boolean javaScript) throws IOException {
        return new Browser(HeadlessChromium.start(javaScript));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks a link or button and waits for the page it leads to. */
    void clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> isGone(page));
    }

    /**
     * Whether the page's element belongs to a document the browser has left. Asked while the next page
     * loads, chromedriver may answer "does not belong to the document" instead of a stale element.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void width(int width) {
        if (width == DESKTOP_WIDTH) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    @SuppressWarnings("unchecked")
    void assertFits(String what) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        assertThat(((Number) content.get("width")).doubleValue()).as(what + " fits")
                .isLessThanOrEqualTo(((Number) viewport.get("clientWidth")).doubleValue());
    }

    /**
     * The page's content is no wider than {@code width} CSS pixels. A phone's emulated viewport widens
     * to fit wider content, so comparing with the viewport alone would pass a page that overflows.
     */
    @SuppressWarnings("unchecked")
    void assertNoWiderThan(int width, String what) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        assertThat(((Number) content.get("width")).doubleValue()).as(what + " is no wider than " + width + " px")
                .isLessThanOrEqualTo(width);
    }

    /** A full-page screenshot, target/screenshots/NAME.png. */
    @SuppressWarnings("unchecked")
    void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height",
                content.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        write(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** A screenshot of one element, target/screenshots/NAME.png: a part of a long page, readable on its own. */
    void screenshot(By element, String name) {
        write(name, driver.findElement(element).getScreenshotAs(OutputType.BYTES));
    }

    private static void write(String name, byte[] png) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
