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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
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
 *
 * <p>A test JVM starts one chromium with JavaScript and one without, on first use, and keeps them until it
 * ends: each start costs seconds on a shared machine. A test class takes one with {@link #start} and hands
 * it back with {@link #close}, which deletes what the class left in it (cookies, local storage, the screen's
 * width) and leaves its page, so that the next class begins as in a new browser.
 */
public class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 360;
    /** axe-core from its WebJar, on the test classpath: the pages themselves serve no such script. */
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    /**
     * How often a wait looks again. Selenium's default of 500 ms is what a page that is ready within a few
     * milliseconds (the next page after a click, a total the form's script fetched) costs a test each time.
     */
    private static final Duration POLL = Duration.ofMillis(25);
    /** The test JVM's chromium with JavaScript (key true) and without (false), started on first use. */
    private static final Map<Boolean, ChromeDriver> RUNNING = new HashMap<>();
    private static String axeScript;

    private final ChromeDriver driver;
    private final boolean javaScript;

    protected HeadlessChromium(boolean javaScript) throws IOException {
        this.driver = running(javaScript);
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

    /**
     * The headless chromium of the test JVM, at desktop width, with nothing of an earlier class in it;
     * without JavaScript, the browser runs none.
     */
    public static HeadlessChromium start(boolean javaScript) throws IOException {
        return new HeadlessChromium(javaScript);
    }

    /** The test JVM's chromium of the kind, started on first use and quit when the JVM ends. */
    private static synchronized ChromeDriver running(boolean javaScript) throws IOException {
        ChromeDriver driver = RUNNING.get(javaScript);
        if (driver == null) {
            driver = launch(javaScript);
            RUNNING.put(javaScript, driver);
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
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
        waitUntil(ignored -> isGone(page));
    }

    /** Waits up to 30 s until the condition holds, looking again every {@link #POLL}. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), POLL).until(condition);
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
     * Answers one question, as a person would: picks the option of a list, ticks or clears a box, picks a
     * date, or types over what a field holds.
     */
    public void type(By question, String value) {
        WebElement input = driver.findElement(question);
        // What the question is, asked in one call instead of one call to chromedriver for each.
        @SuppressWarnings("unchecked")
        List<Object> kind = (List<Object>) driver.executeScript("""
                var e = arguments[0];
                return [e.tagName.toLowerCase(), e.type || '', e.checked === true,
                  !!e.closest('details:not([open])')];
                """, input);
        if (Boolean.TRUE.equals(kind.get(3))) {
            // A further degree is folded away until its summary is clicked.
            click(input.findElement(By.xpath("./ancestor::details/summary")));
        }
        if (kind.get(0).equals("select")) {
            new Select(input).selectByValue(value);
        } else if ("checkbox".equals(kind.get(1))) {
            if (Boolean.parseBoolean(value) != Boolean.TRUE.equals(kind.get(2))) {
                click(input);
            }
        } else if ("date".equals(kind.get(1))) {
            // A date field takes keys in the order of the browser's locale (month first in en-US), not an
            // ISO date: its value is set as a date picker sets it.
            driver.executeScript("arguments[0].value = arguments[1];", input, value);
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
        driver.executeScript(axe());
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

    /** axe-core's script, read once from its WebJar. */
    private static synchronized String axe() {
        if (axeScript == null) {
            try (InputStream in = HeadlessChromium.class.getResourceAsStream(AXE)) {
                assertThat(in).as("axe-core's WebJar on the test classpath").isNotNull();
                axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
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

    /**
     * Hands the browser back for the next class: the cookies of the page's host (localhost, whatever the
     * port) and the local and session storage of its site deleted, the phone's width undone, and the page
     * left for an empty one. The browser itself runs on until the JVM ends.
     */
    @Override
    public void close() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
            driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        }
        width(DESKTOP_WIDTH);
        driver.get("about:blank");
    }
}
