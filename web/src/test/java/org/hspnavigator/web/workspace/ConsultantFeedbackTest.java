package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * What a consultant who works in the workspace every day needs from its forms: a saved form says so on the
 * page that follows; a refused one names each problem by the label of its field (not by a JSON name) and
 * keeps the choices made (the e-mail of a failed login too); an application file's page leads back to the
 * list as well as to its applicant; and the PDF reports of an applicant are one click away from the applicant's page,
 * in the page's language.
 */
@ApiTest
class ConsultantFeedbackTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;

    @Test
    void aRefusedApplicantNamesTheFieldByItsLabelInTheSummary() {
        Tenants.Organization organization = tenants.organization("Feedback");
        for (String lang : new String[] {"ja", "zh"}) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            member.get("/" + lang + "/workspace/applicants");
            Page refused = member.post("/" + lang + "/workspace/applicants", Map.of("name", "山田 太郎",
                    "periodOfStayExpiry", "2027/03/31"));
            assertThat(refused.status()).isEqualTo(400);
            String summary = between(refused.body(), "id=\"problems\"", "</ul>");
            String label = text("ws.applicant.periodOfStayExpiry", lang);
            assertThat(summary).contains("<a href=\"#new-periodOfStayExpiry\">" + label + "：");
            assertThat(summary.replaceAll("<[^>]*>", "")).doesNotContain("periodOfStayExpiry");
        }
    }

    @Test
    void aRefusedFilingDateKeepsTheProcedureChosen() {
        Tenants.Organization organization = tenants.organization("Feedback");
        Tenants.Applicant applicant = tenants.applicant(organization, "Procedure");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/en/workspace/applicants/" + applicant.id();
        member.get(path);
        Page refused = member.post(path + "/applications", Map.of("procedure", "EXTENSION", "filingDate", "2027/01/10"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(between(refused.body(), "id=\"procedure\"", "</select>"))
                .containsPattern("<option value=\"EXTENSION\" selected=\"selected\"")
                .doesNotContainPattern("<option value=\"COE\" selected");
    }

    @Test
    void eachSavedFormSaysSoOnThePageThatFollows() {
        Tenants.Organization organization = tenants.organization("Feedback");
        PageClient member = PageClient.loggedIn(port, "ko", organization.memberEmail(), Tenants.PASSWORD);
        member.get("/ko/workspace/applicants");
        Page created = member.post("/ko/workspace/applicants", Map.of("name", "Kim Min-jun",
                "continuousSince", "2022-04-01", "periodOfStayExpiry", "2027-03-31", "employerCategory", "3"));
        String applicantPath = path(created);
        assertThat(member.get(applicantPath).body()).contains(text("ws.saved.applicant", "ko"));
        // The notice is said once: the page read again does not repeat it.
        assertThat(member.get(applicantPath).body()).doesNotContain(text("ws.saved.applicant", "ko"));

        Page snapshot = member.post(applicantPath + "/snapshots", Map.of("referenceDate", "2026-11-27",
                "profile", Tenants.SNAPSHOT));
        assertThat(snapshot.status()).isEqualTo(302);
        assertThat(member.get(path(snapshot)).body()).contains(text("ws.saved.snapshot", "ko"));

        Page opened = member.post(applicantPath + "/applications", Map.of("procedure", "EXTENSION"));
        String filePath = path(opened);
        Page file = member.get(filePath);
        assertThat(file.body()).doesNotContain(text("ws.saved.status", "ko"));
        Page status = member.post(filePath + "/status", Map.of("status", "SUBMITTED", "date", "2026-12-01"));
        assertThat(member.get(path(status)).body()).contains(text("ws.saved.status", "ko"));
        Page ticked = member.post(filePath + "/checklist", Map.of());
        assertThat(member.get(path(ticked)).body()).contains(text("ws.saved.checklist", "ko"))
                .doesNotContain(text("ws.saved.status", "ko"));
    }

    @Test
    void theApplicantsPageLinksItsPdfReportsInThePagesLanguage() {
        Tenants.Organization organization = tenants.organization("Feedback");
        Tenants.Applicant applicant = tenants.applicant(organization, "Reports");
        PageClient member = PageClient.loggedIn(port, "zh-Hant", organization.memberEmail(), Tenants.PASSWORD);
        String body = member.get("/zh-Hant/workspace/applicants/" + applicant.id()).body();
        for (String kind : new String[] {"sheet", "summary"}) {
            String href = "/api/v1/applicants/" + applicant.id() + "/report?kind=" + kind + "&amp;lang=zh-Hant";
            assertThat(body).contains("href=\"" + href + "\"");
            Page pdf = member.get(href.replace("&amp;", "&"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF");
        }
        // Without a snapshot there is no report to make: no link that would answer an error.
        Page created = member.post("/zh-Hant/workspace/applicants", Map.of("name", "No snapshot"));
        assertThat(member.get(path(created)).body()).doesNotContain("/report?");
    }

    @Test
    void anApplicantsReportIsNamedAfterTheApplicant() {
        Tenants.Organization organization = tenants.organization("Feedback");
        Tenants.Applicant applicant = tenants.applicant(organization, "王 伟\r\nX-Injected: \"a/../b\"");
        PageClient member = PageClient.loggedIn(port, "zh", organization.memberEmail(), Tenants.PASSWORD);
        Page pdf = member.get("/api/v1/applicants/" + applicant.id() + "/report?kind=summary&lang=zh");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("X-Injected")).isEmpty();
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("attachment; filename=\"hsp-summary-zh-X-Injected_a.b.pdf\"; "
                + "filename*=UTF-8''hsp-summary-zh-" + java.net.URLEncoder.encode("王_伟_X-Injected_a.b",
                        java.nio.charset.StandardCharsets.UTF_8) + ".pdf");
    }

    @Test
    void aFailedLoginKeepsTheEmailTypedForTheNextAttemptOnly() {
        Tenants.Organization organization = tenants.organization("Feedback");
        PageClient browser = PageClient.anonymous(port);
        browser.get("/ja/workspace/login");
        Page failed = browser.post("/ja/workspace/login", Map.of("email", organization.memberEmail(),
                "password", "not-the-password-at-all"));
        assertThat(failed.location().orElseThrow()).endsWith("/ja/workspace/login?error");
        assertThat(failed.location().orElseThrow()).doesNotContain("@");
        String email = between(browser.get("/ja/workspace/login?error").body(), "id=\"email\"", ">");
        assertThat(email).contains("value=\"" + organization.memberEmail() + "\"");
        assertThat(between(browser.get("/ja/workspace/login").body(), "id=\"email\"", ">"))
                .doesNotContain(organization.memberEmail());
    }

    @Test
    void anApplicationFilesPageLeadsBackToTheListAsWellAsToItsApplicant() {
        Tenants.Organization organization = tenants.organization("Feedback");
        Tenants.Applicant applicant = tenants.applicant(organization, "Crumbs");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String crumbs = between(member.get("/en/workspace/applications/" + applicant.applicationId()).body(),
                "class=\"crumbs\"", "</p>");
        assertThat(crumbs).contains("href=\"/en/workspace/applicants\"")
                .contains("href=\"/en/workspace/applicants/" + applicant.id() + "\"");
    }

    private String text(String key, String lang) {
        return messages.getMessage(key, null, Locale.forLanguageTag(lang));
    }

    /** The path of a redirect's target, without its fragment. */
    private static String path(Page redirect) {
        assertThat(redirect.status()).isEqualTo(302);
        return URI.create(redirect.location().orElseThrow()).getPath();
    }

    private static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return body.substring(start, body.indexOf(to, start));
    }
}
