package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.HeadlessChromium;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The self-assessment pages in a real browser: Debian's chromium, headless, driven through Debian's
 * chromedriver (never one a tool downloads), with JavaScript switched off, as the pages must work
 * without it. The article's three applicants go through the start page and the form in every language,
 * at desktop width and at 360 px, and the results must be the engine's points for the same JSON file.
 * A full-page screenshot of each main page in each language is saved under target/screenshots.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfAssessmentBrowserTest {

    /** The problem of the date of birth 1990-02-30 in the page's language. */
    private static final Map<PageLanguage, String> NOT_A_REAL_DATE = Map.of(
            PageLanguage.ENGLISH, "\"1990-02-30\" is not a real date",
            PageLanguage.JAPANESE, "\"1990-02-30\" は実在しない日付です",
            PageLanguage.SIMPLIFIED_CHINESE, "\"1990-02-30\" 不是真实存在的日期",
            PageLanguage.TRADITIONAL_CHINESE, "\"1990-02-30\" 不是實際存在的日期",
            PageLanguage.KOREAN, "\"1990-02-30\"은(는) 실제로 존재하지 않는 날짜입니다");

    private static final int DESKTOP_WIDTH = HeadlessChromium.DESKTOP_WIDTH;
    private static final int PHONE_WIDTH = HeadlessChromium.PHONE_WIDTH;

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private ChromeDriver driver;

    @BeforeAll
    void startTheBrowser() throws IOException {
        HeadlessChromium.assumeInstalled();
        // The pages must work without JavaScript: the browser runs none.
        chromium = HeadlessChromium.start(false);
        driver = chromium.driver();
    }

    @AfterAll
    void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theArticlesApplicantsGetTheEnginesPointsAtDesktopWidth(PageLanguage language) {
        chromium.width(DESKTOP_WIDTH);
        for (String file : ExampleApplicant.FILES) {
            ExampleApplicant applicant = ExampleApplicant.of(file);
            boolean first = file.equals(ExampleApplicant.FILES.get(0));
            if (first || language == PageLanguage.ENGLISH || language == PageLanguage.JAPANESE) {
                answer(language, applicant, first ? "desktop" : null);
            } else {
                // Typing is slow on a shared machine: the others come in a link that carries the answers.
                driver.get(url("/" + language.tag() + "/self-assessment?" + applicant.query()));
                chromium.clickAndWait(By.id("submit"));
            }
            checkResults(language, applicant);
            if (first) {
                screenshot(language, "results", "desktop");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void thePagesFitAPhoneScreen(PageLanguage language) {
        chromium.width(PHONE_WIDTH);
        try {
            ExampleApplicant applicant = ExampleApplicant.of("dr-wang.json");
            answer(language, applicant, "360");
            checkResults(language, applicant);
            assertFits(language, "results");
            screenshot(language, "results", "360");
        } finally {
            chromium.width(DESKTOP_WIDTH);
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void problemsAreShownNextToTheirQuestionAndAtTheTop(PageLanguage language) {
        chromium.width(DESKTOP_WIDTH);
        driver.get(url("/" + language.tag() + "/self-assessment"));
        chromium.type("birthDate", "1990-02-30");
        chromium.type("annualSalaryYen", "eight million");
        chromium.clickAndWait(By.id("submit"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
        WebElement summary = driver.findElement(By.id("problems"));
        assertThat(summary.findElements(By.cssSelector("a[href='#q-birthDate'], a[href='#q-annualSalaryYen']")))
                .hasSize(2);
        assertThat(driver.findElement(By.id("q-birthDate-problem")).getText()).isEqualTo(NOT_A_REAL_DATE.get(language));
        assertThat(driver.findElement(By.id("q-annualSalaryYen")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("q-annualSalaryYen")).getAttribute("value")).isEqualTo("eight million");
        screenshot(language, "form-problems", "desktop");
    }

    @Test
    void switchingTheLanguageKeepsTheAnswers() {
        chromium.width(DESKTOP_WIDTH);
        ExampleApplicant li = ExampleApplicant.of("ms-li.json");
        answer(PageLanguage.ENGLISH, li, null);
        checkResults(PageLanguage.ENGLISH, li);
        for (PageLanguage language : List.of(PageLanguage.JAPANESE, PageLanguage.TRADITIONAL_CHINESE,
                PageLanguage.KOREAN, PageLanguage.SIMPLIFIED_CHINESE)) {
            chromium.clickAndWait(By.cssSelector(".languages a[lang='" + language.tag() + "']"));
            checkResults(language, li);
        }
        chromium.clickAndWait(By.id("change"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
        li.answers().forEach((name, value) -> {
            WebElement input = driver.findElement(By.name(name));
            String shown = input.getAttribute("type").equals("checkbox") ? String.valueOf(input.isSelected())
                    : input.getAttribute("value");
            assertThat(shown).as(name).isEqualTo(value);
        });
    }

    /** From the start page through the form to the results, saving screenshots of the way when asked. */
    private void answer(PageLanguage language, ExampleApplicant applicant, String screenshots) {
        driver.get(url("/" + language.tag() + "/"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
        if (screenshots != null) {
            assertFits(language, "start");
            screenshot(language, "start", screenshots);
        }
        chromium.clickAndWait(By.id("work-all"));
        assertEveryInputIsLabelled();
        if (screenshots != null) {
            assertFits(language, "form");
            screenshot(language, "form", screenshots);
        }
        applicant.answers().forEach(chromium::type);
        chromium.clickAndWait(By.id("submit"));
    }

    private void checkResults(PageLanguage language, ExampleApplicant applicant) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
        for (Category category : Category.values()) {
            String shown = driver.findElement(By.cssSelector("#compare-" + category.name() + " .points")).getText();
            assertThat(Integer.parseInt(shown)).as(applicant.file() + " " + category + " in " + language.tag())
                    .isEqualTo(applicant.points().get(category));
        }
        assertThat(driver.findElement(By.id("best")).getAttribute("data-category"))
                .isEqualTo(applicant.best().map(Category::name).orElse(""));
    }

    private void assertEveryInputIsLabelled() {
        List<String> unlabelled = new ArrayList<>();
        for (WebElement input : driver.findElements(By.cssSelector("input:not([type='hidden']), select"))) {
            String id = input.getAttribute("id");
            if (id == null || id.isEmpty() || driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()) {
                unlabelled.add(input.getAttribute("name"));
            }
        }
        assertThat(unlabelled).as("inputs without a label").isEmpty();
    }

    private void assertFits(PageLanguage language, String page) {
        chromium.assertFits(page + " in " + language.tag());
    }

    /** A full-page screenshot, target/screenshots/LANGUAGE-PAGE-WIDTH.png. */
    private void screenshot(PageLanguage language, String page, String width) {
        chromium.screenshot(language.tag() + "-" + page + "-" + width);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
