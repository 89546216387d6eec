package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The points the form shows as it is filled in, without JavaScript: beside each option what it adds
 * (the engine's difference, per category), the reason an answer adds nothing, the salary brackets of
 * the applicant's age, and the running total, which is the engine's total for the same answers.
 */
@ApiTest
class FormPointsTest {

    @LocalServerPort
    int port;

    private String form(String query) {
        return form("en", query);
    }

    private String form(String lang, String query) {
        Http http = new Http(port);
        Http.Answer answer = http.send(HttpRequest.newBuilder(http.uri("/" + lang + "/self-assessment?" + query))
                .header("Accept", "text/html"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void theRunningTotalIsTheEnginesTotalForEachOfTheArticlesApplicants() {
        for (String file : ExampleApplicant.FILES) {
            ExampleApplicant applicant = ExampleApplicant.of(file);
            String body = form(applicant.query() + "&refresh=1");
            for (Category category : Category.values()) {
                assertThat(total(body, category)).as(file + " " + category).isEqualTo(applicant.points().get(category));
            }
            assertThat(body).as(file).doesNotContain("id=\"problems\"");
        }
    }

    @Test
    void withoutADateOfBirthTheTotalWaitsButTheOptionsThatDoNotDependOnAgeShowTheirPoints() {
        String body = form("");
        assertThat(body).containsPattern("<p class=\"wait\" id=\"running-wait\">Give your date of birth");
        assertThat(body).contains("<strong class=\"points\">–</strong>");
        // A doctorate: 30 points in academic research and specialized/technical work, 20 in business
        // management (HSP ordinance art. 1; ISA point sheet).
        assertThat(option(body, "q-degrees-0-level", "DOCTORATE")).endsWith("(イ +30 · ロ +30 · ハ +20)");
        assertThat(option(body, "q-degrees-0-level", "BACHELOR")).endsWith("(+10)");
        assertThat(option(body, "q-japaneseLanguage-jlpt", "N1")).endsWith("(+15)");
        assertThat(option(body, "q-japaneseLanguage-jlpt", "N3")).endsWith("(+0)");
        assertThat(body).contains("The salary points depend on your age");
        assertThat(body).doesNotContain("id=\"q-annualSalaryYen-gain\">Your answer");
    }

    @Test
    void anOptionsPointsStandInTheBracketsOfItsLanguage() {
        assertThat(option(form("ja", "work=BUSINESS_MANAGEMENT"), "q-degrees-0-level", "DOCTORATE")).endsWith("博士（+20）");
        assertThat(option(form("zh", "work=BUSINESS_MANAGEMENT"), "q-degrees-0-level", "DOCTORATE")).endsWith("（+20）");
        assertThat(option(form("zh-Hant", "work=BUSINESS_MANAGEMENT"), "q-degrees-0-level", "DOCTORATE")).endsWith("（+20）");
        assertThat(option(form("ko", "work=BUSINESS_MANAGEMENT"), "q-degrees-0-level", "DOCTORATE")).endsWith(" (+20)");
    }

    @Test
    void onlyTheChosenWorksPointsAreShownWhenAWorkIsChosen() {
        String body = form("work=BUSINESS_MANAGEMENT");
        assertThat(option(body, "q-degrees-0-level", "DOCTORATE")).endsWith("(+20)");
        assertThat(body).contains("id=\"total-BUSINESS_MANAGEMENT\"").doesNotContain("id=\"total-ACADEMIC_RESEARCH\"");
    }

    @Test
    void jlptN2NextToADegreeFromAJapaneseUniversityAddsNothingAndSaysWhy() {
        String withJapaneseDegree = form("birthDate=1994-03-10&annualSalaryYen=5000000&degrees.0.level=MASTER"
                + "&degrees.0.inJapan=true&japaneseLanguage.jlpt=N2");
        assertThat(option(withJapaneseDegree, "q-japaneseLanguage-jlpt", "N2")).endsWith("(+0)");
        assertThat(option(withJapaneseDegree, "q-japaneseLanguage-jlpt", "N1")).endsWith("(+15)");
        assertThat(gain(withJapaneseDegree, "q-japaneseLanguage-jlpt")).isEqualTo("Your answer: +0 points");
        assertThat(why(withJapaneseDegree, "q-japaneseLanguage-jlpt"))
                .contains("the N2 tier is not added on top of a degree from a Japanese university");
        // The other side: without the Japanese degree, N2 counts 10 (from 2017-04-26).
        String abroad = form("birthDate=1994-03-10&annualSalaryYen=5000000&degrees.0.level=MASTER"
                + "&japaneseLanguage.jlpt=N2");
        assertThat(option(abroad, "q-japaneseLanguage-jlpt", "N2")).endsWith("(+10)");
        assertThat(gain(abroad, "q-japaneseLanguage-jlpt")).isEqualTo("Your answer: +10 points");
        assertThat(why(abroad, "q-japaneseLanguage-jlpt")).isEmpty();
    }

    @Test
    void anSmeWithoutInnovationSupportAddsNothingAndSaysWhy() {
        String without = form("birthDate=1994-03-10&annualSalaryYen=5000000&employer.sme=true");
        assertThat(checkboxGain(without, "q-employer-sme")).isEqualTo("+0");
        assertThat(why(without, "q-employer-sme")).contains("an SME earns this addition only when it also receives "
                + "innovation-promotion support");
        String with = form("birthDate=1994-03-10&annualSalaryYen=5000000&employer.sme=true"
                + "&employer.innovationSupport=true");
        assertThat(checkboxGain(with, "q-employer-sme")).isEqualTo("+10");
        assertThat(why(with, "q-employer-sme")).isEmpty();
    }

    @Test
    void theSalaryPointsAreThoseOfTheApplicantsAge() {
        // ¥6,500,000: 20 points under 30 and from 30 to 34, 20 from 35 to 39, none from 40 (ordinance art. 1).
        String young = form("referenceDate=2026-11-27&birthDate=1997-11-28&annualSalaryYen=6500000"
                + "&work=SPECIALIZED_TECHNICAL");
        assertThat(gain(young, "q-annualSalaryYen")).isEqualTo("Your answer: +20 points");
        assertThat(visibleScale(young)).isEqualTo("UNDER_30");
        String forty = form("referenceDate=2026-11-27&birthDate=1986-11-27&annualSalaryYen=6500000"
                + "&work=SPECIALIZED_TECHNICAL");
        assertThat(gain(forty, "q-annualSalaryYen")).isEqualTo("Your answer: +0 points");
        assertThat(visibleScale(forty)).isEqualTo("FROM_40");
        String thirtyNine = form("referenceDate=2026-11-27&birthDate=1986-11-28&annualSalaryYen=6500000"
                + "&work=SPECIALIZED_TECHNICAL");
        assertThat(gain(thirtyNine, "q-annualSalaryYen")).isEqualTo("Your answer: +20 points");
        assertThat(visibleScale(thirtyNine)).isEqualTo("FROM_35_TO_39");
    }

    @Test
    void anAnswerTheReaderRefusesIsLeftOutOfThePointsAndNamedWhenThePointsAreUpdated() {
        String body = form("birthDate=1994-03-10&annualSalaryYen=lots&degrees.0.level=DOCTORATE&refresh=1");
        assertThat(body).contains("id=\"problems\"").contains("href=\"#q-annualSalaryYen\"");
        // On 2026-11-27 the applicant is 32: a doctorate (30) and the age (10); no salary is read.
        assertThat(total(body, Category.ACADEMIC_RESEARCH)).isEqualTo(30 + 10);
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void everyQuestionLinksItsOfficialSourceAndTheFormHasItsTextsInEveryLanguage(PageLanguage language)
            throws IOException {
        Http http = new Http(port);
        String body = http.send(HttpRequest.newBuilder(http.uri("/" + language.tag() + "/self-assessment"))
                .header("Accept", "text/html")).body();
        int questions = count(body, "class=\"help\" id=\"");
        assertThat(questions).isEqualTo(Answers.QUESTIONS.size());
        // The applicant's label scores nothing and cites nothing.
        assertThat(count(body, "class=\"source\" href=\"https://www.")).isEqualTo(questions - 1);
        assertThat(body).doesNotContain("??");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "form-" + language.tag() + ".html"), body);
    }

    private static int count(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }

    private static int total(String body, Category category) {
        Matcher total = Pattern.compile("id=\"total-" + category.name() + "\"[\\s\\S]*?<strong class=\"points\">(\\d+)<")
                .matcher(body);
        assertThat(total.find()).as("running total of " + category).isTrue();
        return Integer.parseInt(total.group(1));
    }

    private static String option(String body, String id, String value) {
        Matcher select = Pattern.compile("<select id=\"" + id + "\"[\\s\\S]*?</select>").matcher(body);
        assertThat(select.find()).as(id).isTrue();
        Matcher option = Pattern.compile("<option value=\"" + value + "\"[^>]*>([^<]*)</option>").matcher(select.group());
        assertThat(option.find()).as(id + " " + value).isTrue();
        return option.group(1).strip();
    }

    private static String gain(String body, String id) {
        Matcher gain = Pattern.compile("id=\"" + id + "-gain\"[^>]*>([^<]*)<").matcher(body);
        assertThat(gain.find()).as(id + " gain").isTrue();
        return gain.group(1).strip();
    }

    private static String checkboxGain(String body, String id) {
        return gain(body, id);
    }

    private static String why(String body, String id) {
        Matcher why = Pattern.compile("id=\"" + id + "-why\"([^>]*)>([^<]*)<").matcher(body);
        assertThat(why.find()).as(id + " why").isTrue();
        return why.group(1).contains("hidden") ? "" : why.group(2).strip();
    }

    private static String visibleScale(String body) {
        Matcher scales = Pattern.compile("<div class=\"scale\" id=\"scale-(\\w+)\"([^>]*)>").matcher(body);
        String visible = null;
        while (scales.find()) {
            if (!scales.group(2).contains("hidden")) {
                assertThat(visible).as("one scale shown").isNull();
                visible = scales.group(1);
            }
        }
        return visible;
    }
}
