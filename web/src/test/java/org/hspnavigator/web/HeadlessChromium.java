package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium that the pages' browser tests drive as a person would: started through
 * Debian's chromedriver (never one a tool downloads), with or without JavaScript, it clicks through to
 * the next page, answers questions, takes a desktop or a phone's width, tells whether the page fits the
 * screen, checks the page's accessibility with axe-core and saves full-page screenshots under
 * target/screenshots.
 */
public class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 360;
    /** axe-core from its WebJar, on the test classpath: the pages themselves serve no such script. */
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final boolean javaScript;

    protected HeadlessChromium(boolean javaScript) throws IOException {
        this.driver = launch(javaScript);
        this.javaScript = javaScript;
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
    public static HeadlessChromium start(boolean javaScript) throws IOException {
        return new HeadlessChromium(javaScript);
    }

    private static ChromeDriver launch(boolean javaScript) throws IOException {
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

    public ChromeDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks a link or button and waits for the page it leads to. */
    public void clickAndWait(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(driver.findElement(target));
        waitUntilGone(page);
    }

    /** Waits until the browser has left the page this element (its {@code html}) belongs to. */
    public void waitUntilGone(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> isGone(page));
    }

    /**
     * Whether the page's element belongs to a document the browser has left. Asked while the next page
     * loads, chromedriver may answer "does not belong to the document" instead of a stale element,
     * which means the same.
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

    /**
     * Clicks an element. With JavaScript, the form keeps a bar of its running points at the screen's
     * bottom, which would take the click: the element is brought to the middle of the screen first.
     */
    public void click(WebElement element) {
        if (javaScript) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        }
        element.click();
    }

    /** Answers one question by its name, as a person would with the mouse and the keyboard. */
    public void type(String name, String value) {
        type(By.name(name), value);
    }

    /**
     * Answers one question, as a person would: picks the option of a list, ticks or clears a box, or
     * types over what a field holds.
     */
    public void type(By question, String value) {
        WebElement input = driver.findElement(question);
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

    /** Shows the page at {@link #DESKTOP_WIDTH}, or as a phone of this width shows it. */
    public void width(int width) {
        if (width == DESKTOP_WIDTH) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 780, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /**
     * Whether the page is no wider than the screen: nothing to scroll sideways. Asked twice, as the
     * browser lays the page out ({@link #contentWidth()}) and as the document itself scrolls (its
     * {@code scrollWidth} against the window's inner width), since a table in a scrolling box keeps the
     * one in bounds while the other shows what a reader has to swipe.
     */
    public boolean fits() {
        return contentWidth() <= screenWidth() && documentScrollWidth() <= windowWidth();
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    public void assertFits(String page) {
        assertThat(contentWidth()).as(page + " fits the screen").isLessThanOrEqualTo(screenWidth());
        assertThat(documentScrollWidth()).as(page + " does not scroll sideways").isLessThanOrEqualTo(windowWidth());
    }

    /**
     * The boxes on the page that a reader has to scroll sideways to read (a table in a box that scrolls,
     * say), each by its tag, id and class: the document may fit while a column stands off the screen.
     */
    @SuppressWarnings("unchecked")
    public List<String> boxesScrollingSideways() {
        return (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('body *')).filter(function (e) {
                  var overflow = getComputedStyle(e).overflowX;
                  return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1;
                }).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' (' + e.scrollWidth + ' px in ' + e.clientWidth + ')'; });
                """);
    }

    private long documentScrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    private long windowWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /**
     * The serious and critical violations axe-core finds on the page, one line each (rule, impact,
     * the elements); axe-core is injected from its WebJar. Needs a browser with JavaScript on.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        assertThat(javaScript).as("axe-core runs in a browser with JavaScript on").isTrue();
        String axe;
        try (InputStream in = HeadlessChromium.class.getResourceAsStream(AXE)) {
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

    /**
     * The width of the page's content in CSS pixels. A phone's emulated screen widens to fit wider
     * content, so a page that overflows it shows only here.
     */
    public double contentWidth() {
        return ((Number) layout("cssContentSize").get("width")).doubleValue();
    }

    private double screenWidth() {
        return ((Number) layout("cssLayoutViewport").get("clientWidth")).doubleValue();
    }

    /** A full-page screenshot, target/screenshots/NAME.png. */
    public void screenshot(String name) {
        Map<String, Object> content = layout("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height",
                content.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** One part of the page's layout metrics, as chromium's DevTools protocol names it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> layout(String part) {
        return (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get(part);
    }

    /** Saves a screenshot as target/screenshots/NAME.png. */
    protected static void save(String name, byte[] png) {
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
