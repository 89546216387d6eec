package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hspnavigator.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium bound to one server's port, for the form's tests that type and run scripts:
 * headless, driven through Debian's chromedriver (never one a tool downloads), at desktop width or at 360 px, with or without JavaScript; with
 * axe-core, from its WebJar, to check a page's accessibility; saving full-page screenshots under
 * target/screenshots.
 */
final class ScriptedBrowser implements AutoCloseable {

    static final int DESKTOP_WIDTH = HeadlessChromium.DESKTOP_WIDTH;
    static final int PHONE_WIDTH = HeadlessChromium.PHONE_WIDTH;

    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final int port;

    private ScriptedBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** A browser for the server on {@code port}; the test is skipped where chromium is not installed. */
    static ScriptedBrowser start(int port, boolean javaScript) throws IOException {
        HeadlessChromium.assumeInstalled();
        return new ScriptedBrowser(HeadlessChromium.start(javaScript), port);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks a link or button and waits for the page it leads to. */
    void clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(driver.findElement(target));
        waitUntilGone(page);
    }

    void waitUntilGone(WebElement page) {
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

    /** Answers one question by its name, as a person would with the mouse. */
    void type(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        if (!input.isDisplayed()) {
            // A further degree is folded away until its summary is clicked.
            click(input.findElement(By.xpath("./ancestor::details/summary")));
        }
        if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(value);
        } else if ("checkbox".equals(input.getAttribute("type"))) {
            if (Boolean.parseBoolean(value) != input.isSelected()) {
                click(input);
            }
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    /** Clicks an element brought to the middle of the screen, clear of the points bar kept at its bottom. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
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
    void assertFits(String page) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        assertThat(((Number) content.get("width")).doubleValue()).as(page + " fits the screen")
                .isLessThanOrEqualTo(((Number) viewport.get("clientWidth")).doubleValue());
    }

    /**
     * The serious and critical violations axe-core finds on the page, one line each (rule, impact,
     * the elements); axe-core is injected from its WebJar, so the page itself serves no such script.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        String axe;
        try (InputStream in = ScriptedBrowser.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core's WebJar on the test classpath").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (result) {
                  done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {
                      return n.target.join(' '); }).join(', '); }));
                }, function (error) { done(['axe failed: ' + error]); });
                """);
        return (List<String>) found;
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
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of what the screen shows, without scrolling: where a bar kept in sight stands. */
    void screenshotOfTheScreen(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
