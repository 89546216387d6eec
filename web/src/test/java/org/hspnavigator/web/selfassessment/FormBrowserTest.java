package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form and the salary worksheet in a real browser with JavaScript on: the running total follows the
 * answers through the public API and ends at the engine's points, for the article's three applicants in
 * every language; an option that cannot count says why
 * as it is chosen; the worksheet's total goes into the form; one applicant answers with the keyboard
 * alone; and axe-core finds no serious or critical violation on any page, in every language, at desktop
 * width and at 360 px, where no page scrolls sideways.
 * Screenshots of the form, its bottom bar at 360 px, the worksheet, the FAQ, the rules and the
 * page-not-found page go to target/screenshots.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormBrowserTest {

    @LocalServerPort
    int port;

    private ScriptedBrowser browser;

    @BeforeAll
    void startTheBrowser() throws IOException {
        browser = ScriptedBrowser.start(port, true);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The article's three applicants from the start page through the form, typed with the script
     * running, in every language: the live totals the script fetched and the results page both give the
     * engine's points.
     */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theArticlesApplicantsGetTheEnginesPointsWithTheScriptOn(PageLanguage language) {
        browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        for (String file : ExampleApplicant.FILES) {
            ExampleApplicant applicant = ExampleApplicant.of(file);
            browser.open("/" + language.tag() + "/");
            browser.clickAndWait(By.id("work-all"));
            assertThat(browser.find(By.id("refresh")).isDisplayed()).as("the script updates the points itself").isFalse();
            applicant.answers().forEach(browser::type);
            for (Category category : Category.values()) {
                waitForText(By.cssSelector("#total-" + category.name() + " .points"),
                        String.valueOf(applicant.points().get(category)));
            }
            if (file.equals(ExampleApplicant.FILES.get(0))) {
                browser.screenshot(language.tag() + "-form-live-desktop");
            }
            browser.clickAndWait(By.id("submit"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
            for (Category category : Category.values()) {
                assertThat(browser.find(By.cssSelector("#compare-" + category.name() + " .points")).getText())
                        .as(file + " " + category + " in " + language.tag())
                        .isEqualTo(String.valueOf(applicant.points().get(category)));
            }
            assertThat(browser.find(By.id("best")).getAttribute("data-category"))
                    .isEqualTo(applicant.best().map(Category::name).orElse(""));
        }
    }

    @Test
    void anOptionThatCannotCountSaysWhyAsItIsChosen() {
        browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        browser.open("/en/self-assessment?birthDate=1994-03-10&annualSalaryYen=5000000&degrees.0.level=MASTER");
        new Select(browser.find(By.name("japaneseLanguage.jlpt"))).selectByValue("N2");
        waitForText(By.id("q-japaneseLanguage-jlpt-gain"), "Your answer: +10 points");
        browser.click(browser.find(By.name("degrees.0.inJapan")));
        waitForText(By.id("q-japaneseLanguage-jlpt-gain"), "Your answer: +0 points");
        assertThat(browser.find(By.id("q-japaneseLanguage-jlpt-why")).getText())
                .contains("the N2 tier is not added on top of a degree from a Japanese university");
        assertThat(browser.find(By.cssSelector("#q-japaneseLanguage-jlpt option[value='N2']")).getText()).endsWith("(+0)");
    }

    @Test
    void theBottomBarStaysInSightOnAPhone() {
        browser.width(ScriptedBrowser.PHONE_WIDTH);
        try {
            for (PageLanguage language : PageLanguage.values()) {
                ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
                browser.open("/" + language.tag() + "/self-assessment?" + zhang.query());
                waitForText(By.cssSelector("#total-SPECIALIZED_TECHNICAL .points"),
                        String.valueOf(zhang.points().get(Category.SPECIALIZED_TECHNICAL)));
                browser.driver().executeScript("document.getElementById('q-japaneseLanguage-jlpt').scrollIntoView()");
                WebElement bar = browser.find(By.id("running"));
                long bottom = ((Number) browser.driver().executeScript(
                        "return Math.round(arguments[0].getBoundingClientRect().bottom)", bar)).longValue();
                long screen = ((Number) browser.driver().executeScript("return window.innerHeight")).longValue();
                assertThat(bottom).as("the bar's bottom edge is the screen's in " + language.tag()).isEqualTo(screen);
                browser.assertFits("form in " + language.tag());
                browser.screenshotOfTheScreen(language.tag() + "-form-bar-360");
            }
        } finally {
            browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        }
    }

    /**
     * On a phone the points bar names each category in words, whole: a name is shown, cut neither across
     * (an ellipsis, or a column a letter wide) nor down, and stays within its column, for the three
     * categories of an unchosen work and for the one of a chosen work, in every language. It once showed
     * the letter (イ, ロ, ハ) alone.
     */
    @Test
    void thePointsBarNamesItsCategoriesOnAPhone() {
        browser.width(ScriptedBrowser.PHONE_WIDTH);
        try {
            for (PageLanguage language : PageLanguage.values()) {
                for (String work : List.of("", "work=SPECIALIZED_TECHNICAL&")) {
                    String page = "/" + language.tag() + "/self-assessment?" + work + "birthDate=1994-03-10";
                    browser.open(page);
                    List<WebElement> names = browser.driver().findElements(
                            By.cssSelector("#running .totals li .name, #running .totals li .plain-name")).stream()
                            .filter(WebElement::isDisplayed).toList();
                    assertThat(names).as(page + ": a name shown for each category").hasSize(work.isEmpty() ? 3 : 1);
                    for (WebElement name : names) {
                        @SuppressWarnings("unchecked")
                        Map<String, Number> size = (Map<String, Number>) browser.driver().executeScript("""
                                var name = arguments[0], item = name.closest('li').getBoundingClientRect();
                                var box = name.getBoundingClientRect();
                                return {cutAcross: name.scrollWidth - name.clientWidth,
                                        cutDown: name.scrollHeight - name.clientHeight,
                                        width: box.width, outside: Math.max(box.right - item.right, item.left - box.left),
                                        lines: Math.round(box.height / parseFloat(getComputedStyle(name).lineHeight))};""",
                                name);
                        String what = page + ": " + name.getText() + " " + size;
                        assertThat(size.get("cutAcross").intValue()).as(what).isLessThanOrEqualTo(0);
                        assertThat(size.get("cutDown").intValue()).as(what).isLessThanOrEqualTo(0);
                        assertThat(size.get("outside").doubleValue()).as(what).isLessThanOrEqualTo(0.5);
                        assertThat(size.get("width").doubleValue()).as(what).isGreaterThanOrEqualTo(60);
                        assertThat(size.get("lines").intValue()).as(what).isLessThanOrEqualTo(4);
                    }
                    browser.assertFits("form in " + language.tag());
                }
                browser.screenshotOfTheScreen(language.tag() + "-form-bar-names-360");
            }
        } finally {
            browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        }
    }

    /**
     * The points line under an answer wraps within its question on a phone: the salary's "give your date
     * of birth first" is longer than 360 px in every language, and the fieldset cuts off what overflows it.
     */
    @Test
    void thePointsLineUnderAnAnswerWrapsOnAPhone() {
        browser.width(ScriptedBrowser.PHONE_WIDTH);
        try {
            for (PageLanguage language : PageLanguage.values()) {
                browser.open("/" + language.tag() + "/self-assessment?work=SPECIALIZED_TECHNICAL");
                WebElement line = browser.find(By.id("q-annualSalaryYen-gain"));
                assertThat(line.getText()).as(language.tag()).isNotBlank();
                long overflow = ((Number) browser.driver().executeScript("""
                        var line = arguments[0].getBoundingClientRect();
                        var question = arguments[0].closest('.question').getBoundingClientRect();
                        return Math.ceil(line.right - question.right);""", line)).longValue();
                assertThat(overflow).as("the salary's points line overflows its question in " + language.tag())
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        }
    }

    @Test
    void theWorksheetsTotalGoesIntoTheForm() {
        browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        browser.open("/en/self-assessment?work=SPECIALIZED_TECHNICAL&birthDate=1994-03-10");
        browser.clickAndWait(By.id("worksheet-link"));
        browser.type("pay.basePay", "500,000");
        browser.type("pay.commutingAllowance", "20000");
        browser.type("pay.guaranteedBonus", "2000000");
        browser.type("pay.variableOvertime", "60000");
        browser.clickAndWait(By.id("work-out"));
        assertThat(browser.find(By.id("annual-salary")).getAttribute("data-yen")).isEqualTo("8000000");
        assertThat(browser.find(By.id("not-counted")).getText()).isEqualTo("¥960,000");
        assertThat(browser.find(By.id("line-commutingAllowance")).getAttribute("class")).contains("excluded");
        assertThat(browser.find(By.id("line-guaranteedBonus")).getAttribute("class")).contains("counted");
        browser.screenshot("en-worksheet-desktop");
        browser.clickAndWait(By.id("use"));
        assertThat(browser.find(By.name("annualSalaryYen")).getAttribute("value")).isEqualTo("8000000");
        assertThat(browser.find(By.name("birthDate")).getAttribute("value")).isEqualTo("1994-03-10");
        // 8,000,000 yen at 32 in specialized/technical work: 30 points (HSP ordinance art. 1).
        waitForText(By.id("q-annualSalaryYen-gain"), "Your answer: +30 points");
    }

    @Test
    void oneApplicantAnswersWithTheKeyboardAlone() {
        browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
        browser.open("/en/");
        tabTo("work-all");
        WebElement start = browser.find(By.tagName("html"));
        press(Keys.ENTER);
        browser.waitUntilGone(start);
        Map<String, String> answers = zhang.answers();
        List<String> answered = new ArrayList<>();
        for (int presses = 0; presses < 400; presses++) {
            WebElement focused = active();
            if ("submit".equals(focused.getAttribute("id"))) {
                break;
            }
            String name = focused.getAttribute("name");
            if (name != null && answers.containsKey(name)) {
                answerWithKeys(focused, answers.get(name));
                answered.add(name);
            }
            press(Keys.TAB);
        }
        assertThat(answered).containsExactlyInAnyOrderElementsOf(answers.keySet());
        assertThat(active().getAttribute("id")).isEqualTo("submit");
        WebElement form = browser.find(By.tagName("html"));
        press(Keys.ENTER);
        browser.waitUntilGone(form);
        for (Category category : Category.values()) {
            assertThat(browser.find(By.cssSelector("#compare-" + category.name() + " .points")).getText())
                    .isEqualTo(String.valueOf(zhang.points().get(category)));
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage(PageLanguage language) {
        browser.width(ScriptedBrowser.DESKTOP_WIDTH);
        String lang = "/" + language.tag();
        ExampleApplicant li = ExampleApplicant.of("ms-li.json");
        List<String> pages = List.of(lang + "/", lang + "/self-assessment",
                lang + "/self-assessment?" + li.query() + "&refresh=1",
                lang + "/self-assessment/results?" + li.query(),
                lang + "/self-assessment?birthDate=1990-02-30&refresh=1",
                lang + "/self-assessment/salary?pay.basePay=400000&pay.housingAllowance=50000",
                lang + "/self-assessment/salary?pay.basePay=lots", lang + "/faq", lang + "/rules", lang + "/no-such-page");
        List<String> wrong = new ArrayList<>();
        for (int width : List.of(ScriptedBrowser.DESKTOP_WIDTH, ScriptedBrowser.PHONE_WIDTH)) {
            browser.width(width);
            for (String page : pages) {
                browser.open(page);
                browser.seriousAccessibilityViolations().forEach(violation -> wrong.add(page + " " + width + ": " + violation));
                if (width == ScriptedBrowser.PHONE_WIDTH && !browser.fits()) {
                    wrong.add(page + " " + width + ": wider than the screen");
                }
            }
        }
        assertThat(wrong).isEmpty();
        for (int width : List.of(ScriptedBrowser.PHONE_WIDTH, ScriptedBrowser.DESKTOP_WIDTH)) {
            browser.width(width);
            String suffix = width == ScriptedBrowser.DESKTOP_WIDTH ? "desktop" : "360";
            for (String page : List.of("faq", "rules", "no-such-page")) {
                browser.open(lang + "/" + page);
                browser.screenshot(language.tag() + "-" + page + "-" + suffix);
            }
            browser.open(lang + "/self-assessment/salary?pay.basePay=400000&pay.housingAllowance=50000&pay.guaranteedBonus=1000000");
            browser.screenshot(language.tag() + "-worksheet-" + suffix);
        }
        browser.open(lang + "/self-assessment?" + li.query());
        waitForText(By.cssSelector("#total-SPECIALIZED_TECHNICAL .points"),
                String.valueOf(li.points().get(Category.SPECIALIZED_TECHNICAL)));
        browser.screenshot(language.tag() + "-form-points-desktop");
    }

    /** Answers the focused question with keys only: typing, Space for a box, arrows for a choice. */
    private void answerWithKeys(WebElement focused, String value) {
        if (focused.getTagName().equals("select")) {
            Select select = new Select(focused);
            List<String> values = select.getOptions().stream().map(option -> option.getAttribute("value")).toList();
            int from = values.indexOf(select.getFirstSelectedOption().getAttribute("value"));
            int to = values.indexOf(value);
            for (int step = from; step != to; step += Integer.signum(to - from)) {
                focused.sendKeys(to > from ? Keys.ARROW_DOWN : Keys.ARROW_UP);
            }
            assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
        } else if ("checkbox".equals(focused.getAttribute("type"))) {
            if (Boolean.parseBoolean(value) != focused.isSelected()) {
                focused.sendKeys(Keys.SPACE);
            }
        } else {
            focused.sendKeys(value);
        }
    }

    private void tabTo(String id) {
        for (int presses = 0; presses < 60 && !id.equals(active().getAttribute("id")); presses++) {
            press(Keys.TAB);
        }
        assertThat(active().getAttribute("id")).isEqualTo(id);
    }

    /** A key pressed on whatever has the focus, as a person presses it. */
    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void waitForText(By element, String text) {
        browser.waitUntil(driver -> {
            String shown = driver.findElement(element).getText().strip();
            return shown.equals(text);
        });
    }
}
