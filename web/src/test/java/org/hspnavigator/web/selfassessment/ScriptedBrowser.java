package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hspnavigator.web.HeadlessChromium;
import org.openqa.selenium.OutputType;

/**
 * A headless chromium bound to one server's port, for the form's tests that type and run scripts: a
 * {@link HeadlessChromium} that opens the server's paths, checks a page's accessibility with axe-core,
 * from its WebJar, and saves screenshots of what the screen shows.
 */
final class ScriptedBrowser extends HeadlessChromium {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final int port;

    private ScriptedBrowser(boolean javaScript, int port) throws IOException {
        super(javaScript);
        this.port = port;
    }

    /** A browser for the server on {@code port}; the test is skipped where chromium is not installed. */
    static ScriptedBrowser start(int port, boolean javaScript) throws IOException {
        assumeInstalled();
        return new ScriptedBrowser(javaScript, port);
    }

    void open(String path) {
        driver().get("http://localhost:" + port + path);
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
        driver().executeScript(axe);
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (result) {
                  done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {
                      return n.target.join(' '); }).join(', '); }));
                }, function (error) { done(['axe failed: ' + error]); });
                """);
        return (List<String>) found;
    }

    /** A screenshot of what the screen shows, without scrolling: where a bar kept in sight stands. */
    void screenshotOfTheScreen(String name) {
        save(name, driver().getScreenshotAs(OutputType.BYTES));
    }
}
