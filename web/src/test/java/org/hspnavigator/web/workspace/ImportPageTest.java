package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page's refusal: every error of the file is summarised at the top, in the page's language,
 * with a link to the row it is about, where the same error stands next to that row; an error of the file
 * as a whole has no row to link to.
 */
@ApiTest
class ImportPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void everyErrorIsSummarisedAtTheTopWithALinkToItsRow() {
        Page refused = imported("ko",
                "id,birthDate,annualSalaryYen\nGood,1990-01-01,5000000\nBad,1990-02-30,5000000\nWorse,1990-01-01,lots\n");
        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        String notReal = html(Problem.of("date.notReal", "1990-02-30").text(Language.KO));
        int summary = body.indexOf("id=\"problems\"");
        int rows = body.indexOf("id=\"rows\"");
        assertThat(summary).isPositive().isLessThan(rows);
        assertThat(body.substring(summary, rows)).contains("<a href=\"#line-3\">").contains("<a href=\"#line-4\">")
                .contains(notReal).doesNotContain("#line-2");
        assertThat(body.substring(body.indexOf("id=\"line-3\""), body.indexOf("id=\"line-4\""))).contains(notReal);
    }

    @Test
    void anErrorOfTheWholeFileIsSummarisedWithoutALink() {
        Page refused = imported("ja", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"problems\"").contains(html(Problem.of("csv.empty").text(Language.JA)))
                .doesNotContain("href=\"#line-");
    }

    /**
     * Beside its row, each problem of a row stands on its own, without the line's number the row already
     * shows; the summary at the top keeps the number, for its link.
     */
    @Test
    void eachProblemOfARowStandsOnItsOwnNextToTheRow() {
        Page refused = imported("ja",
                "id,birthDate,annualSalaryYen\nGood,1990-01-01,5000000\nBad,1990-02-30,lots\n");
        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        int line = body.indexOf("id=\"line-3\"");
        String row = body.substring(line, body.indexOf("</tr>", line));
        String notReal = html("birthDate: " + Problem.of("date.notReal", "1990-02-30").text(Language.JA));
        assertThat(row).contains("<span>" + notReal + "</span>").contains("<span>annualSalaryYen: ")
                .doesNotContain("3 行目").doesNotContain(" | ");
        assertThat(body.substring(body.indexOf("id=\"problems\""), body.indexOf("id=\"rows\""))).contains("3 行目");
    }

    /** English counts one applicant as one, not "1 applicants". */
    @Test
    void oneImportedApplicantIsCountedInTheSingular() {
        Tenants.Organization organization = tenants.organization("Import page one");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        member.get("/en/workspace/import");
        Page imported = member.post("/en/workspace/import",
                Map.of("text", "id,birthDate,annualSalaryYen\nOne,1990-01-01,5000000\n"));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains(">1 applicant imported.<");
        assertThat(member.get("/en/workspace/applicants").body()).contains(">1 applicant<");
    }

    @ParameterizedTest
    @CsvSource({"en, line 3", "ja, 3 行目", "zh, 第 3 行", "zh-Hant, 第 3 行", "ko, 3행"})
    void aRowWithoutAnIdIsNamedByItsLineInThePagesLanguage(String lang, String name) {
        Tenants.Organization organization = tenants.organization("Import page " + lang);
        PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
        member.get("/" + lang + "/workspace/import");
        Page imported = member.post("/" + lang + "/workspace/import", Map.of("text",
                "id,birthDate,annualSalaryYen\nNamed,1990-01-01,5000000\n,1991-01-01,6000000\n"));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains(">" + name + "<").contains(">Named<");
        if (!lang.equals("en")) {
            assertThat(imported.body()).doesNotContain("line 3");
        }
    }

    /** A text as the pages write it (Thymeleaf escapes only these five characters). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** What the import page answers a member of a new organization who sends it {@code text}. */
    private Page imported(String lang, String text) {
        Tenants.Organization organization = tenants.organization("Import page");
        PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
        member.get("/" + lang + "/workspace/import");
        return member.post("/" + lang + "/workspace/import", Map.of("text", text));
    }
}
