package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.HeadlessChromium;
import org.hspnavigator.web.applicant.Applicants;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workspace's pages in a real browser: Debian's chromium, headless, through Debian's chromedriver,
 * with JavaScript switched off, as the pages must work without it. A consultant logs in, adds an
 * applicant, changes its facts, adds a snapshot by answering the self-assessment's questions and corrects
 * it, opens an application file, ticks documents, moves its status, finds the deadline in the calendar
 * with its .ics address, and logs out; the owner of another organization gets
 * the not-found page for that applicant's address. Every page is then shown in every language at desktop
 * width and at 360 px, where nothing may need scrolling sideways (an import's error included), and saved
 * under target/screenshots. That walk runs with JavaScript on, for axe-core, which must find no serious or
 * critical violation on any page; the pages run no script of their own, so they show the same as without.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserTest {

    private static final int DESKTOP_WIDTH = HeadlessChromium.DESKTOP_WIDTH;
    private static final int PHONE_WIDTH = HeadlessChromium.PHONE_WIDTH;
    /** Mr Zhang's profile (examples/mr-zhang.json) without its date, for the snapshots added through the service. */
    private static final String PROFILE = """
            {"birthDate": "1994-03-10", "annualSalaryYen": 8000000,
             "degrees": [{"level": "MASTER", "field": "Computer science"}],
             "careerYears": {"specializedTechnical": 5}, "japaneseLanguage": {"jlpt": "N2"}}""";

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    Applicants applicants;

    private HeadlessChromium chromium;
    private ChromeDriver driver;
    /** A second browser, with JavaScript on, for axe-core: the pages themselves run no script. */
    private HeadlessChromium scripted;

    @BeforeAll
    void startTheBrowsers() throws IOException {
        HeadlessChromium.assumeInstalled();
        // The pages must work without JavaScript: the browser runs none.
        chromium = HeadlessChromium.start(false);
        driver = chromium.driver();
        scripted = HeadlessChromium.start(true);
    }

    @AfterAll
    void stopTheBrowsers() {
        if (chromium != null) {
            chromium.close();
        }
        if (scripted != null) {
            scripted.close();
        }
    }

    @Test
    void aConsultantsApplicantFromTheFirstSnapshotToTheDeadlineAndBack() throws Exception {
        chromium.width(DESKTOP_WIDTH);
        Tenants.Organization organization = tenants.organization("Browser");
        Tenants.Organization other = tenants.organization("Other");
        driver.manage().deleteAllCookies();
        driver.get(url("/en/workspace/applicants"));
        assertThat(driver.getCurrentUrl()).endsWith("/en/workspace/login?next=%2Fen%2Fworkspace%2Fapplicants");
        logIn(chromium, organization.ownerEmail());

        type("new-name", "Chen Jie");
        type("new-reference", "C-2026-001");
        type("new-periodOfStayExpiry", "2027-01-31");
        type("new-continuousSince", "2022-04-01");
        new Select(driver.findElement(By.id("new-employerCategory"))).selectByValue("3");
        chromium.clickAndWait(By.id("create-applicant"));
        assertThat(driver.findElement(By.id("applicant-name")).getText()).isEqualTo("Chen Jie");
        String applicantUrl = driver.getCurrentUrl();

        chromium.clickAndWait(By.id("edit-facts"));
        assertThat(driver.findElement(By.id("edit-reference")).getAttribute("value")).isEqualTo("C-2026-001");
        type("edit-reference", "C-2026-002");
        chromium.clickAndWait(By.id("save-facts"));
        assertThat(driver.findElement(By.id("saved")).getText()).isEqualTo("The facts were saved.");
        assertThat(driver.getPageSource()).contains("C-2026-002");

        // The first snapshot: Mr Zhang's answers to the self-assessment's questions.
        type("referenceDate", "2026-11-27");
        type("q-birthDate", "1994-03-10");
        type("q-degrees-0-level", "MASTER");
        type("q-degrees-0-field", "Computer science");
        type("q-careerYears-specializedTechnical", "5");
        type("q-annualSalaryYen", "8000000");
        type("q-japaneseLanguage-jlpt", "N2");
        chromium.clickAndWait(By.id("add-snapshot"));
        List<WebElement> firstRow = driver.findElements(By.cssSelector("#history tbody tr:first-child td"));
        assertThat(firstRow.stream().map(WebElement::getText).toList()).startsWith("70", "80", "30");
        assertThat(driver.findElements(By.cssSelector("#points-chart polyline"))).hasSize(3);
        // The next snapshot starts from these answers.
        assertThat(driver.findElement(By.id("q-annualSalaryYen")).getAttribute("value")).isEqualTo("8000000");

        // A figure typed wrong, corrected on the snapshot's page, filled in with its answers.
        chromium.clickAndWait(By.cssSelector("a.correct-snapshot"));
        assertThat(new Select(driver.findElement(By.id("q-degrees-0-level"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("MASTER");
        type("q-annualSalaryYen", "9500000");
        chromium.clickAndWait(By.id("correct-snapshot"));
        assertThat(driver.findElement(By.id("saved")).getText()).isEqualTo("The snapshot was corrected and assessed again.");
        firstRow = driver.findElements(By.cssSelector("#history tbody tr:first-child td"));
        assertThat(firstRow.stream().map(WebElement::getText).toList()).startsWith("75", "85", "30");

        new Select(driver.findElement(By.id("procedure"))).selectByValue("EXTENSION");
        chromium.clickAndWait(By.id("open-application"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Preparing");
        List<WebElement> boxes = driver.findElements(By.cssSelector("#checklist input[type='checkbox']"));
        assertThat(boxes.size()).isGreaterThan(2);
        boxes.get(0).click();
        boxes.get(1).click();
        chromium.clickAndWait(By.id("save-checklist"));
        assertThat(driver.findElement(By.id("checklist-progress")).getText()).startsWith("2 of " + boxes.size());
        List<WebElement> saved = driver.findElements(By.cssSelector("#checklist input[type='checkbox']"));
        assertThat(saved.get(0).isSelected()).isTrue();
        assertThat(saved.get(1).isSelected()).isTrue();
        assertThat(saved.get(2).isSelected()).isFalse();

        new Select(driver.findElement(By.id("new-status"))).selectByValue("SUBMITTED");
        chromium.clickAndWait(By.id("change-status"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Submitted");

        chromium.clickAndWait(By.linkText("Deadlines"));
        List<String> rows = driver.findElements(By.cssSelector("#deadlines tbody tr")).stream().map(WebElement::getText)
                .toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("2027-01-31").contains("Chen Jie")
                .contains("last day to apply"));
        chromium.clickAndWait(By.id("make-feed"));
        String ics = driver.findElement(By.id("ics-link")).getAttribute("href");
        // The button below the notice showing the address keeps its distance from it.
        Rectangle notice = driver.findElement(By.cssSelector("#feed-title ~ .notice")).getRect();
        assertThat(driver.findElement(By.id("make-feed")).getRect().getY() - (notice.getY() + notice.getHeight()))
                .as("space between the notice and the button, px").isGreaterThanOrEqualTo(12);
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ics)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20270131");

        chromium.clickAndWait(By.id("logout"));
        assertThat(driver.findElement(By.id("logged-out")).isDisplayed()).isTrue();
        driver.get(applicantUrl);
        assertThat(driver.getCurrentUrl()).contains("/en/workspace/login?next=%2Fen%2Fworkspace%2Fapplicants%2F");

        // Logged in, the other organization's owner returns to the page asked for: for that owner, none.
        chromium.type(By.id("email"), other.ownerEmail());
        chromium.type(By.id("password"), Tenants.PASSWORD);
        chromium.clickAndWait(By.id("login"));
        assertThat(driver.getCurrentUrl()).isEqualTo(applicantUrl);
        assertThat(driver.findElements(By.id("not-found"))).hasSize(1);
        assertThat(driver.getPageSource()).doesNotContain("Chen Jie");
        chromium.clickAndWait(By.id("logout"));
    }

    @Test
    void everyPageInEveryLanguageAtDesktopWidthAndOnAPhone() {
        // axe-core needs JavaScript; the workspace's pages run none of their own, so they show the same.
        HeadlessChromium browser = scripted;
        ChromeDriver driver = browser.driver();
        Tenants.Organization organization = tenants.organization("Screens");
        Tenants.Applicant applicant = tenants.applicant(organization, "Wang Fang");
        Caller owner = new Caller(organization.ownerId(), organization.id(), Role.OWNER, Optional.empty());
        // Two assessed snapshots after the first, for the points over time: a raise, then the JLPT N1.
        applicants.addSnapshot(owner, applicant.id(), profile("2026-12-01", PROFILE.replace("8000000", "9000000")));
        applicants.addSnapshot(owner, applicant.id(), profile("2027-01-15", PROFILE.replace("8000000", "10000000")
                .replace("\"N2\"", "\"N1\"")));
        driver.manage().deleteAllCookies();
        List<String> wrong = new ArrayList<>();
        for (int width : List.of(PHONE_WIDTH, DESKTOP_WIDTH)) {
            browser.width(width);
            String suffix = width == DESKTOP_WIDTH ? "desktop" : "360";
            for (PageLanguage language : PageLanguage.values()) {
                String lang = language.tag();
                driver.get(url("/" + lang + "/workspace/login"));
                page(browser, language, "workspace-login", suffix, wrong);
                logIn(browser, organization.ownerEmail());
                page(browser, language, "workspace-applicants", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applicants?q=Wang"));
                page(browser, language, "workspace-applicants-filtered", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applicants/" + applicant.id()));
                page(browser, language, "workspace-applicant", suffix, wrong);
                browser.type(By.id("referenceDate"), "2026-11-27");
                browser.clickAndWait(By.id("add-snapshot"));
                page(browser, language, "workspace-snapshot-refused", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applicants/" + applicant.id() + "/snapshots/"
                        + applicant.snapshotId()));
                page(browser, language, "workspace-snapshot", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applicants/" + applicant.id() + "/facts"));
                page(browser, language, "workspace-facts", suffix, wrong);
                browser.type(By.id("edit-periodOfStayExpiry"), "2028/04/30");
                browser.clickAndWait(By.id("save-facts"));
                page(browser, language, "workspace-facts-refused", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applications/" + applicant.applicationId()));
                page(browser, language, "workspace-application", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/deadlines"));
                page(browser, language, "workspace-deadlines", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/audit"));
                page(browser, language, "workspace-audit", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/members"));
                page(browser, language, "workspace-members", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/tokens"));
                page(browser, language, "workspace-tokens", suffix, wrong);
                browser.clickAndWait(By.cssSelector("form[action$='/revoke'] button"));
                page(browser, language, "workspace-confirm", suffix, wrong);
                browser.clickAndWait(By.id("cancel"));
                driver.get(url("/" + lang + "/workspace/logout"));
                page(browser, language, "workspace-logout", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/import"));
                browser.type(By.id("text"), "id,birthDate,annualSalaryYen\nGood row,1990-01-01,5000000\nBad row,1990-02-30,lots\n");
                browser.clickAndWait(By.id("import"));
                if (driver.findElements(By.cssSelector("#line-3 td.error")).isEmpty()) {
                    wrong.add(lang + ": the import's error is not next to line 3");
                } else {
                    String notReal = Problem.of("date.notReal", "1990-02-30").text(Language.byTag(lang).orElseThrow());
                    WebElement error = driver.findElement(By.cssSelector("#line-3 td.error"));
                    if (!error.getText().contains(notReal)) {
                        wrong.add(lang + ": the import's error is not in the page's language");
                    }
                    // Read without scrolling sideways: the error stands within the screen's width.
                    if (error.getRect().getX() + error.getRect().getWidth() > width) {
                        wrong.add(lang + " " + suffix + ": the import's error runs off the screen");
                    }
                }
                page(browser, language, "workspace-import", suffix, wrong);
                driver.get(url("/" + lang + "/workspace/applicants/00000000000000000000000000"));
                page(browser, language, "workspace-not-found", suffix, wrong);
                browser.clickAndWait(By.id("logout"));
            }
        }
        browser.width(DESKTOP_WIDTH);
        assertThat(wrong).isEmpty();
    }

    private static JsonNode profile(String date, String profile) {
        try {
            ObjectNode node = (ObjectNode) StrictJson.parse(profile);
            node.put("referenceDate", date);
            return node;
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void logIn(HeadlessChromium browser, String email) {
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), Tenants.PASSWORD);
        browser.clickAndWait(By.id("login"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/workspace/applicants");
    }

    /**
     * Checks what every page must have (its language, a label for every input, nothing to scroll
     * sideways, neither the page nor a box in it, and no serious or critical violation axe-core finds),
     * and saves its screenshot.
     */
    private static void page(HeadlessChromium browser, PageLanguage language, String page, String width,
            List<String> wrong) {
        ChromeDriver driver = browser.driver();
        String name = language.tag() + " " + page + " " + width;
        if (!language.tag().equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            wrong.add(name + ": lang is not " + language.tag());
        }
        for (WebElement input : driver.findElements(By.cssSelector("input:not([type='hidden']), select, textarea"))) {
            String id = input.getAttribute("id");
            if (id == null || id.isEmpty() || driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()) {
                wrong.add(name + ": input " + input.getAttribute("name") + " has no label");
            }
        }
        if (!browser.fits()) {
            wrong.add(name + ": wider than the screen");
        }
        browser.boxesScrollingSideways().forEach(box -> wrong.add(name + ": scrolls sideways: " + box));
        browser.seriousAccessibilityViolations().forEach(violation -> wrong.add(name + ": " + violation));
        browser.screenshot(language.tag() + "-" + page + "-" + width);
    }

    private void type(String id, String value) {
        chromium.type(By.id(id), value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
