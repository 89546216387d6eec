package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * The self-assessment pages over HTTP, without a browser: each page in each language, the results of
 * the article's applicants against the engine's points, problems next to their questions, and nothing
 * kept on the server (no session cookie).
 */
@ApiTest
class SelfAssessmentPagesTest {

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    private Http.Answer page(String path) {
        return http().send(HttpRequest.newBuilder(http().uri(path)).header("Accept", "text/html"));
    }

    private Http.Answer postForm(String path, String body) {
        return http().post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void everyPageIsInItsLanguageAndKeepsNothing(PageLanguage language) {
        ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
        String base = "/" + language.tag();
        for (Http.Answer answer : new Http.Answer[] {page(base + "/"), page(base + "/self-assessment"),
                postForm(base + "/self-assessment/results", zhang.query())}) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("text/html");
            assertThat(answer.body()).contains("<html lang=\"" + language.tag() + "\"");
            assertThat(answer.response().headers().allValues("Set-Cookie")).as("cookies of " + base).isEmpty();
            assertThat(answer.body()).doesNotContain("_csrf");
        }
    }

    /**
     * An item is named by its official Japanese term and, after it, the term of the page's language, unless
     * they are the same word: Traditional Chinese writes 資格 as Japanese does, and 資格 · 資格 says nothing.
     */
    @Test
    void anItemsTermIsNotRepeatedWhereTheLanguageWritesItAsJapaneseDoes() {
        String body = page("/zh-Hant/self-assessment/results?" + ExampleApplicant.of("ms-li.json").query()).body();
        assertThat(body).contains("<span lang=\"ja\">資格</span>").doesNotContain("資格</span> · <span>資格</span>")
                .contains("<span lang=\"ja\">学歴</span> · <span>學歷</span>");
    }

    @Test
    void theResultsOfTheArticlesApplicantsAreTheEnginesPoints() {
        for (String file : ExampleApplicant.FILES) {
            ExampleApplicant applicant = ExampleApplicant.of(file);
            Http.Answer posted = postForm("/en/self-assessment/results", applicant.query());
            Http.Answer linked = page("/en/self-assessment/results?" + applicant.query());
            assertThat(posted.status()).as(file).isEqualTo(200);
            assertThat(linked.body()).as("the results of a link are those of the form").isEqualTo(posted.body());
            for (Category category : Category.values()) {
                assertThat(comparedPoints(posted.body(), category)).as(file + " " + category)
                        .isEqualTo(applicant.points().get(category));
            }
            assertThat(posted.body()).contains("data-category=\"" + applicant.best().map(Category::name).orElse("") + "\"");
        }
    }

    @Test
    void problemsStandNextToTheirQuestionAndAtTheTop() {
        Http.Answer answer = postForm("/ja/self-assessment/results",
                "birthDate=1990-02-30&annualSalaryYen=%EF%BC%98%EF%BC%90%EF%BC%90%E4%B8%87&degrees.0.field=Physics&japaneseLanguage.jlpt=N2");
        assertThat(answer.status()).isEqualTo(400);
        String body = answer.body();
        assertThat(body).contains("<html lang=\"ja\"").contains("id=\"problems\"")
                .contains("href=\"#q-birthDate\"").contains("href=\"#q-annualSalaryYen\"")
                .contains("href=\"#q-degrees-0-level\"");
        assertThat(body).contains("id=\"q-birthDate-problem\"").contains("&quot;1990-02-30&quot; は実在しない日付です");
        assertThat(body).contains("aria-invalid=\"true\"");
        // The answers stay as typed, so the applicant corrects rather than retypes them; "８００万" is one
        // of the spreadsheet forms refused with the accepted one named.
        assertThat(body).contains("value=\"８００万\"").contains("value=\"Physics\"");
        assertThat(body).containsPattern("<option value=\"N2\"[^>]* selected=\"selected\"");
    }

    @Test
    void theProblemsAreInThePagesLanguage() {
        String answers = "birthDate=1990-02-30&annualSalaryYen=-5";
        String traditional = postForm("/zh-Hant/self-assessment/results", answers).body();
        assertThat(problemOf(traditional, "birthDate")).isEqualTo("&quot;1990-02-30&quot; 不是實際存在的日期");
        assertThat(problemOf(traditional, "annualSalaryYen")).isEqualTo("不得為負數，實際為 -5");
        String english = postForm("/en/self-assessment/results", answers).body();
        assertThat(problemOf(english, "birthDate")).isEqualTo("&quot;1990-02-30&quot; is not a real date");
        assertThat(problemOf(english, "annualSalaryYen")).isEqualTo("must not be negative, got -5");
    }

    /** The text of the problem shown beside a question of a page. */
    private static String problemOf(String page, String question) {
        Matcher problem = Pattern.compile("id=\"q-" + question + "-problem\"[^>]*>([^<]*)<").matcher(page);
        assertThat(problem.find()).as("the problem of " + question).isTrue();
        return problem.group(1).strip();
    }

    @Test
    void anUnansweredChoiceShowsItsDefaultSoThatTheBrowserSendsIt() {
        // A select sends its first option when none is selected: the position's first is REPRESENTATIVE.
        String form = page("/en/self-assessment").body();
        assertThat(form).containsPattern("<option value=\"NONE\"[^>]* selected=\"selected\"");
        assertThat(form).doesNotContainPattern("<option value=\"REPRESENTATIVE\"[^>]* selected=\"selected\"");
        assertThat(form).containsPattern("<option value=\"\"[^>]* selected=\"selected\"");
    }

    @Test
    void theLanguageSwitcherCarriesTheAnswers() {
        ExampleApplicant li = ExampleApplicant.of("ms-li.json");
        String results = postForm("/en/self-assessment/results", "work=SPECIALIZED_TECHNICAL&" + li.query()).body();
        Matcher korean = Pattern.compile("href=\"(/ko/self-assessment/results\\?[^\"]+)\"").matcher(results);
        assertThat(korean.find()).isTrue();
        String inKorean = page(korean.group(1).replace("&amp;", "&")).body();
        assertThat(inKorean).contains("<html lang=\"ko\"").contains("선택한 업무");
        for (Category category : Category.values()) {
            assertThat(comparedPoints(inKorean, category)).isEqualTo(li.points().get(category));
        }
    }

    @Test
    void theRootOpensTheStartPageInTheBrowsersLanguageAndOtherLanguagesAreNotPages() {
        Http.Answer root = http().send(HttpRequest.newBuilder(http().uri("/")).header("Accept-Language", "zh-TW,zh;q=0.8"));
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.response().headers().firstValue("Location").orElse("")).endsWith("/zh-Hant/");
        assertThat(page("/ja").response().headers().firstValue("Location").orElse("")).endsWith("/ja/");
        assertThat(page("/fr/self-assessment").status()).isIn(401, 404);
        Http.Answer css = page("/assets/hsp.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
    }

    /** The points of a category in the results' comparison table. */
    private static int comparedPoints(String body, Category category) {
        Matcher row = Pattern.compile("id=\"compare-" + category.name() + "\"[\\s\\S]*?class=\"num points\">(\\d+)<")
                .matcher(body);
        assertThat(row.find()).as("comparison row of " + category).isTrue();
        return Integer.parseInt(row.group(1));
    }
}
