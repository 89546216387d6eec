package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.FixedClock;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results page in a real browser, JavaScript off unless a test says otherwise: for the article's
 * three applicants in every language, the points of {@code hsp score}, the advisor's gaps and first
 * suggestion of {@code hsp advise}, and the earliest permanent-residence dates of {@code hsp pr} for the
 * case the page describes (read by the command's case reader); the shareable link, the warning of an
 * old link, the what-if, the ticks kept in the browser, and the page at 360 px. Screenshots of the whole
 * page and of each part go to target/screenshots.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsBrowserTest {

    private static final ReferenceDates DATES = new ReferenceDates(FixedClock.CLOCK, RuleBook.official().earliestDate());
    private static final List<String> PARTS = List.of("jskip", "advice", "forecast", "residence", "family", "evidence");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startTheBrowser() throws IOException {
        assumeTrue(Browser.isInstalled(), "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is "
                + "missing (apt-get install chromium chromium-driver; .ci/run installs them)");
        browser = Browser.start(false);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theArticlesApplicantsGetWhatTheCommandsSay(PageLanguage language) throws Exception {
        browser.width(Browser.DESKTOP_WIDTH);
        for (String file : ExampleApplicant.FILES) {
            ExampleApplicant applicant = ExampleApplicant.of(file);
            browser.open(results(language, applicant.query()));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
            for (Category category : Category.values()) {
                assertThat(Integer.parseInt(browser.find(By.cssSelector("#compare-" + category.name() + " .points"))
                        .getText())).as(file + " " + category).isEqualTo(applicant.points().get(category));
            }
            assertThat(browser.find(By.id("best")).getAttribute("data-category"))
                    .isEqualTo(applicant.best().map(Category::name).orElse(""));
            checkAdvice(file);
            checkPermanentResidence(file);
            if (file.equals("ms-li.json")) {
                browser.screenshot(language.tag() + "-results-full-desktop");
                for (String part : PARTS) {
                    browser.screenshot(By.id(part), language.tag() + "-results-part-" + part);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theResultsFitAPhoneScreen(PageLanguage language) {
        browser.width(Browser.PHONE_WIDTH);
        try {
            browser.open(results(language, ExampleApplicant.of("dr-wang.json").query()
                    + "&change=annualSalaryYen&to=9000000"));
            assertThat(browser.find(By.id("whatif-result")).isDisplayed()).isTrue();
            browser.assertFits("results in " + language.tag());
            browser.assertNoWiderThan(Browser.PHONE_WIDTH, "results in " + language.tag());
            // No table squeezes a column of words to a character or a syllable a line (a wrapping rule
            // that let any character break did so to the forecast's reasons and J-Skip's categories).
            List<WebElement> wordy = browser.driver().findElements(By.cssSelector("table.forecast td.change-reason, "
                    + "table.jskip th[scope=row]"));
            assertThat(wordy).isNotEmpty();
            for (WebElement cell : wordy) {
                assertThat(cell.getRect().getWidth()).as(language.tag() + ": " + cell.getText()).isGreaterThanOrEqualTo(96);
            }
            browser.screenshot(language.tag() + "-results-full-360");
        } finally {
            browser.width(Browser.DESKTOP_WIDTH);
        }
    }

    @Test
    void theShareLinkRestoresTheAnswers() {
        ExampleApplicant li = ExampleApplicant.of("ms-li.json");
        browser.open(results(PageLanguage.KOREAN, li.query()));
        String link = browser.find(By.id("share-link")).getAttribute("value");
        assertThat(link).startsWith("http://localhost:" + port + "/ko/self-assessment/results?")
                .contains("rules=" + RuleBook.official().ruleSetOn(LocalDate.of(2026, 11, 27)).id());

        String ruleSet = RuleBook.official().ruleSetOn(LocalDate.of(2026, 11, 27)).id();
        assertThat(browser.find(By.id("rule-set")).getText()).contains(Language.KO.date(LocalDate.parse(ruleSet)))
                .doesNotContain(ruleSet);
        assertThat(browser.find(By.id("rule-set")).getAttribute("data-rule-set")).isEqualTo(ruleSet);

        browser.open("http://localhost:" + port + "/");
        browser.open(link);
        for (Category category : Category.values()) {
            assertThat(Integer.parseInt(browser.find(By.cssSelector("#compare-" + category.name() + " .points"))
                    .getText())).isEqualTo(li.points().get(category));
        }
        assertThat(browser.driver().findElements(By.id("rules-changed"))).isEmpty();
        browser.clickAndWait(By.id("change"));
        li.answers().forEach((name, value) -> assertThat(browser.find(By.name(name)).getAttribute("value")).as(name)
                .isEqualTo(value));
    }

    @Test
    void aLinkMadeUnderOlderRulesWarns() {
        ExampleApplicant li = ExampleApplicant.of("ms-li.json");
        browser.open(results(PageLanguage.JAPANESE, li.query()));
        String current = browser.find(By.id("share-link")).getAttribute("value");
        String ruleSet = RuleBook.official().ruleSetOn(LocalDate.of(2026, 11, 27)).id();
        String earlier = RuleBook.official().ruleSetOn(LocalDate.of(2022, 1, 1)).id();
        assertThat(earlier).isNotEqualTo(ruleSet);

        browser.open(current.replace("rules=" + ruleSet, "rules=" + earlier));
        WebElement warning = browser.find(By.id("rules-changed"));
        // The ids stay ISO 8601 in the address and the data; the words write the dates the Japanese way.
        assertThat(warning.getText()).contains(Language.JA.date(LocalDate.parse(earlier)))
                .contains(Language.JA.date(LocalDate.parse(ruleSet))).doesNotContain(earlier).doesNotContain(ruleSet);
        assertThat(warning.getAttribute("data-shared-under")).isEqualTo(earlier);
        assertThat(warning.getAttribute("data-rule-set")).isEqualTo(ruleSet);
        assertThat(browser.find(By.id("rule-set")).getText()).contains(Language.JA.date(LocalDate.parse(ruleSet)))
                .doesNotContain(ruleSet);
        browser.screenshot(By.id("rules-changed"), "ja-results-part-old-link");
    }

    @Test
    void whatIfShowsBothResultsSideBySide() throws Exception {
        ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
        browser.open(results(PageLanguage.SIMPLIFIED_CHINESE, zhang.query()));
        // Without script: choose the question, and the page comes back with its own control.
        new Select(browser.find(By.id("whatif-change"))).selectByValue("japaneseLanguage.jlpt");
        browser.clickAndWait(By.id("whatif-pick"));
        Select level = new Select(browser.find(By.id("whatif-to")));
        assertThat(level.getFirstSelectedOption().getAttribute("value")).isEqualTo("N2");
        level.selectByValue("N1");
        browser.clickAndWait(By.id("whatif-submit"));
        checkWhatIf(browser, zhang, then("mr-zhang.json", "japaneseLanguage", "jlpt", "N1"));
        assertThat(then("mr-zhang.json", "japaneseLanguage", "jlpt", "N1").assessment(Category.SPECIALIZED_TECHNICAL)
                .orElseThrow().points()).isGreaterThan(zhang.points().get(Category.SPECIALIZED_TECHNICAL));
        // The answers as given stay the page's own: the main table still shows them.
        assertThat(Integer.parseInt(browser.find(By.cssSelector("#compare-SPECIALIZED_TECHNICAL .points")).getText()))
                .isEqualTo(zhang.points().get(Category.SPECIALIZED_TECHNICAL));
        browser.screenshot(By.id("whatif"), "zh-results-part-whatif");

        new Select(browser.find(By.id("whatif-change"))).selectByValue("annualSalaryYen");
        browser.clickAndWait(By.id("whatif-pick"));
        WebElement salary = browser.find(By.id("whatif-to"));
        assertThat(salary.getAttribute("type")).isEqualTo("number");
        salary.clear();
        salary.sendKeys("-5");
        browser.clickAndWait(By.id("whatif-submit"));
        assertThat(browser.find(By.id("whatif-problem")).getText()).isEqualTo("不能为负数，实际为 -5");
        assertThat(browser.driver().findElements(By.id("whatif-result"))).isEmpty();
    }

    /** With script, choosing the question swaps in its control at once; the comparison is the same. */
    @Test
    void withScriptTheWhatIfSwapsTheControlWithoutAskingTheServer() throws Exception {
        ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
        try (Browser withScript = Browser.start(true)) {
            withScript.open(results(PageLanguage.KOREAN, zhang.query()));
            String address = withScript.driver().getCurrentUrl();
            assertThat(withScript.find(By.id("whatif-pick")).isDisplayed()).isFalse();
            new Select(withScript.find(By.id("whatif-change"))).selectByValue("employer.sme");
            assertThat(withScript.driver().getCurrentUrl()).isEqualTo(address);
            assertThat(withScript.find(By.id("whatif-shown")).getAttribute("value")).isEqualTo("employer.sme");
            List<WebElement> answers = withScript.driver().findElements(By.cssSelector("#whatif-answer input[name=to]"));
            assertThat(answers).extracting(answer -> answer.getAttribute("type")).containsOnly("radio");
            assertThat(withScript.find(By.cssSelector("#whatif-answer legend")).getText()).isEqualTo("새 답변: 중소기업");
            withScript.find(By.cssSelector("#whatif-answer input[value=true]")).click();
            withScript.clickAndWait(By.id("whatif-submit"));
            checkWhatIf(withScript, zhang, then("mr-zhang.json", "employer", "sme", "true"));
            assertThat(withScript.find(By.id("whatif-result")).getText()).isEqualTo("중소기업: 현재 아니요, 가정 예");
        }
    }

    /** Each category's row of the what-if: the points now, with the change, and the difference. */
    private static void checkWhatIf(Browser on, ExampleApplicant applicant, ScoreResult then) {
        for (Category category : Category.values()) {
            WebElement row = on.find(By.id("whatif-" + category.name()));
            int now = applicant.points().get(category);
            int after = then.assessment(category).orElseThrow().points();
            assertThat(Integer.parseInt(row.findElement(By.className("now")).getText())).isEqualTo(now);
            assertThat(Integer.parseInt(row.findElement(By.className("then")).getText())).isEqualTo(after);
            assertThat(row.findElement(By.className("difference")).getText())
                    .isEqualTo(after > now ? "+" + (after - now) : after == now ? "±0" : Integer.toString(after - now));
        }
    }

    private static ScoreResult then(String file, String group, String field, String value) throws Exception {
        return PointsEngine.official().score(profile(changed(file, group, field, value)));
    }

    @Test
    void theEvidenceTicksAreKeptInTheBrowser() throws IOException {
        try (Browser withScript = Browser.start(true)) {
            withScript.open(results(PageLanguage.ENGLISH, ExampleApplicant.of("dr-wang.json").query()));
            List<WebElement> boxes = withScript.driver().findElements(By.cssSelector("ul.evidence input[type=checkbox]"));
            assertThat(boxes).hasSizeGreaterThan(1);
            String ticked = boxes.get(0).getAttribute("id");
            String left = boxes.get(1).getAttribute("id");
            boxes.get(0).click();
            withScript.driver().navigate().refresh();
            assertThat(withScript.find(By.id(ticked)).isSelected()).isTrue();
            assertThat(withScript.find(By.id(left)).isSelected()).isFalse();
            withScript.find(By.id(ticked)).click();
            withScript.driver().navigate().refresh();
            assertThat(withScript.find(By.id(ticked)).isSelected()).isFalse();
        }
    }

    /** The gaps to 70 and 80 and the first suggestion's points are those of hsp advise. */
    private void checkAdvice(String file) throws Exception {
        Profile profile = profile(read(file));
        Advisor advisor = new Advisor(PointsEngine.official());
        Advice to70 = advisor.advise(profile, 70);
        Advice to80 = advisor.advise(profile, to70.category(), 80);
        for (Advice advice : List.of(to70, to80)) {
            WebElement target = browser.find(By.id("advice-" + advice.target()));
            assertThat(Integer.parseInt(target.findElement(By.className("gap")).getAttribute("data-gap"))).as(file)
                    .isEqualTo(Math.max(0, advice.target() - advice.current().points()));
            List<WebElement> suggestions = target.findElements(By.cssSelector(".suggestions > li"));
            assertThat(suggestions).as(file + " suggestions for " + advice.target())
                    .hasSize(Math.min(AdviceView.SHOWN, advice.suggestions().size()));
            if (!suggestions.isEmpty()) {
                assertThat(suggestions.get(0).findElement(By.className("after")).getText())
                        .contains(Integer.toString(advice.suggestions().get(0).pointsAfter()));
            }
        }
    }

    /**
     * The earliest date of each route is what hsp pr finds for the case the page describes: the
     * applicant's profile, living in Japan from its reference date, holding the best category's status
     * from that day with its points.
     */
    private void checkPermanentResidence(String file) throws Exception {
        JsonNode json = read(file);
        ScoreResult score = PointsEngine.official().score(profile(json));
        ObjectNode caseNode = StrictJson.nodes().objectNode();
        caseNode.putArray("snapshots").add(json);
        ObjectNode residence = caseNode.putObject("residence").put("continuousSince", score.referenceDate().toString());
        score.bestEligibleCategory().ifPresent(best -> residence.putObject("hsp")
                .put("since", score.referenceDate().toString()).put("category", best.name())
                .put("recognizedPoints", score.assessment(best).orElseThrow().points()));
        ApplicantCase applicant = new CaseReader(DATES).read(new ByteArrayInputStream(
                StrictJson.toText(caseNode).getBytes(StandardCharsets.UTF_8)));
        for (RouteResult route : PermanentResidence.official().assess(applicant, score.referenceDate()).routes()) {
            // The attribute of a route never met is empty, which the template leaves out.
            assertThat(Objects.toString(browser.find(By.cssSelector("#route-" + route.route().name() + " .earliest"))
                    .getAttribute("data-date"), "")).as(file + " " + route.route())
                    .isEqualTo(route.earliestDate().map(LocalDate::toString).orElse(""));
        }
    }

    private static JsonNode read(String file) throws IOException, InvalidInputException {
        return StrictJson.parse(Files.readString(CaseFiles.repositoryRoot().resolve("examples").resolve(file)));
    }

    private static JsonNode changed(String file, String object, String field, String value) throws Exception {
        ObjectNode json = (ObjectNode) read(file);
        ObjectNode parent = json.has(object) ? (ObjectNode) json.get(object) : json.putObject(object);
        if (value.equals("true")) {
            parent.put(field, true);
        } else {
            parent.put(field, value);
        }
        return json;
    }

    private static Profile profile(JsonNode json) throws InvalidInputException {
        return ProfileDocuments.read(new ByteArrayInputStream(StrictJson.toText(json).getBytes(StandardCharsets.UTF_8)),
                new ProfileReader(DATES)).profiles().get(0);
    }

    private String results(PageLanguage language, String query) {
        return "http://localhost:" + port + "/" + language.tag() + "/self-assessment/results?" + query;
    }
}
