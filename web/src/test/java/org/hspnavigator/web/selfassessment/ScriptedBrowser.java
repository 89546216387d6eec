package org.hspnavigator.web.selfassessment;

import java.io.IOException;
import org.hspnavigator.web.HeadlessChromium;
import org.openqa.selenium.OutputType;

/**
 * A headless chromium bound to one server's port, for the form's tests that type and run scripts: a
 * {@link HeadlessChromium} that opens the server's paths and saves screenshots of what the screen shows.
 */
final class ScriptedBrowser extends HeadlessChromium {

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

    /** A screenshot of what the screen shows, without scrolling: where a bar kept in sight stands. */
    void screenshotOfTheScreen(String name) {
        save(name, driver().getScreenshotAs(OutputType.BYTES));
    }
}
