package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The what-if asks the new answer with the form's own control for the question chosen, in the page's
     * language: a choice by its words, a box as yes or no, a date as a date, yen as a number; choosing the
     * question without script brings its control back with the answer as given preselected.
     */
    @Test
    void theWhatIfAsksTheNewAnswerWithTheFormsControlForTheQuestion() {
        String zhang = "/ko/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query();
        String level = whatIfAnswer(page(zhang + "&change=degrees.0.level&pick=true").body());
        assertThat(level).contains("<select id=\"whatif-to\" name=\"to\"")
                .containsPattern("<option value=\"MASTER\" selected=\"selected\">석사</option>")
                .contains("<option value=\"DOCTORATE\">박사</option>").contains("새 답변: 학위 1: 학위 종류");
        String box = whatIfAnswer(page(zhang + "&change=employer.sme&pick=true").body());
        assertThat(box).contains("<legend>새 답변: 중소기업</legend>")
                .contains("<input type=\"radio\" name=\"to\" value=\"true\"> <span>예</span>")
                .contains("<input type=\"radio\" name=\"to\" value=\"false\" checked=\"checked\"> <span>아니요</span>");
        assertThat(whatIfAnswer(page(zhang + "&change=birthDate&pick=true").body()))
                .containsPattern("<input id=\"whatif-to\" name=\"to\" value=\"1994-03-10\"\\s+type=\"date\"");
        assertThat(whatIfAnswer(page(zhang + "&change=annualSalaryYen&pick=true").body()))
                .containsPattern("value=\"8000000\"\\s+type=\"number\" step=\"1\" min=\"0\"").contains("연수입 (엔)");
        // Choosing only shows the control; nothing is compared yet, and no codes are asked for.
        String chosen = page(zhang + "&change=employer.sme&pick=true").body();
        assertThat(chosen).doesNotContain("id=\"whatif-result\"").doesNotContain("DOCTORATE)")
                .contains("<input type=\"hidden\" name=\"shown\" id=\"whatif-shown\" value=\"employer.sme\">");
    }

    /** A new answer sent by the control of another question only brings the control of the one chosen. */
    @Test
    void aNewAnswerFromAnotherQuestionsControlIsNotCompared() {
        String body = page("/ja/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query()
                + "&change=japaneseLanguage.jlpt&shown=birthDate&to=1994-03-10").body();
        assertThat(body).doesNotContain("id=\"whatif-result\"").doesNotContain("whatif-problem");
        assertThat(whatIfAnswer(body)).contains("<option value=\"N2\" selected=\"selected\">N2</option>");
    }

    /** Links of the earlier what-if ({@code change} and {@code to} as a code) still compare, in words. */
    @Test
    void anEarlierWhatIfLinkStillComparesAndSaysTheAnswersInWords() {
        String body = page("/zh-Hant/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query()
                + "&change=degrees.0.level&to=DOCTORATE").body();
        assertThat(body).contains("id=\"whatif-result\">學位1：學位類型：現在 碩士，假設 博士</h3>");
        assertThat(whatIfAnswer(body)).contains("<option value=\"DOCTORATE\" selected=\"selected\">博士</option>");
        String box = page("/en/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query()
                + "&change=employer.sme&to=true").body();
        assertThat(box).contains("id=\"whatif-result\">Small or medium-sized enterprise: No now, Yes in the what-if</h3>");
    }

    /** A new answer that cannot be read keeps its control, with the problem beside it in the page's language. */
    @Test
    void aWrongNewAnswerIsSaidBesideItsControlInThePagesLanguage() {
        String body = page("/ja/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query()
                + "&change=annualSalaryYen&shown=annualSalaryYen&to=-5").body();
        assertThat(body).doesNotContain("id=\"whatif-result\"");
        assertThat(whatIfAnswer(body)).contains("value=\"-5\"").contains("aria-invalid=\"true\" aria-describedby=\"whatif-problem\"")
                .contains("<p class=\"problem\" id=\"whatif-problem\">負の値は指定できません。指定された値：-5</p>");
    }

    /** J-Skip's verdict stands once per category: the engine's words start with it. */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theJSkipVerdictIsSaidOnce(PageLanguage language) {
        String body = page("/" + language.tag() + "/self-assessment/results?" + ExampleApplicant.of("mr-zhang.json").query())
                .body();
        Matcher row = Pattern.compile("<tr id=\"jskip-SPECIALIZED_TECHNICAL\".*?</tr>", Pattern.DOTALL).matcher(body);
        assertThat(row.find()).isTrue();
        String verdict = Map.of("en", "not met", "ja", "満たさない", "zh", "不符合", "zh-Hant", "不符合", "ko", "미충족")
                .get(language.tag());
        assertThat(row.group().toLowerCase(Locale.ROOT).split(verdict, -1)).as(row.group()).hasSize(2);
    }

    /** The what-if's control of the new answer, as the page sends it. */
    private static String whatIfAnswer(String page) {
        Matcher answer = Pattern.compile("<div id=\"whatif-answer\">(.*?)</div></div>", Pattern.DOTALL).matcher(page);
        assertThat(answer.find()).as("the what-if's new answer").isTrue();
        return answer.group(1);
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
