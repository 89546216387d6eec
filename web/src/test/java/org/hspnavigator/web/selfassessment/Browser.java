package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.hspnavigator.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * A headless chromium for the results page's browser tests, which open whole addresses (a share link
 * among them): a {@link HeadlessChromium} that also checks the page against a phone's width and saves
 * screenshots of single elements.
 */
final class Browser extends HeadlessChromium {

    private Browser(boolean javaScript) throws IOException {
        super(javaScript);
    }

    public static Browser start(boolean javaScript) throws IOException {
        return new Browser(javaScript);
    }

    void open(String url) {
        driver().get(url);
    }

    /**
     * The page's content is no wider than {@code width} CSS pixels. A phone's emulated viewport widens
     * to fit wider content, so comparing with the viewport alone would pass a page that overflows.
     */
    void assertNoWiderThan(int width, String what) {
        assertThat(contentWidth()).as(what + " is no wider than " + width + " px").isLessThanOrEqualTo(width);
    }

    /** A screenshot of one element, target/screenshots/NAME.png: a part of a long page, readable on its own. */
    void screenshot(By element, String name) {
        save(name, find(element).getScreenshotAs(OutputType.BYTES));
    }
}
