package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.workspace.PageText.between;
import static org.hspnavigator.web.workspace.PageText.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * An applicant's facts changed on the pages as the API's PUT changes them: the form filled in with the stored
 * facts, a saved notice on the applicant's page, and a refused change that keeps what was typed and names
 * each problem by its field's label; and a snapshot on the date of a stored one refused in the page's words,
 * naming the stored snapshot by its date rather than by a JSON path.
 */
@ApiTest
class ApplicantFactsPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;

    @Test
    void theFactsAreChangedOnTheirPageAndTheApplicantsPageSaysSo() {
        Tenants.Organization organization = tenants.organization("Facts");
        Tenants.Applicant applicant = tenants.applicant(organization, "Zhang Wei");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/ja/workspace/applicants/" + applicant.id();
        assertThat(member.get(path).body()).contains("href=\"" + path + "/facts\"");
        Page form = member.get(path + "/facts");
        assertThat(form.status()).isEqualTo(200);
        assertThat(between(form.body(), "id=\"edit-name\"", ">")).contains("value=\"Zhang Wei\"");
        assertThat(between(form.body(), "id=\"edit-continuousSince\"", ">")).contains("value=\"2022-04-01\"");

        Page saved = member.post(path + "/facts", Map.of("name", "張 偉", "reference", "K-17",
                "periodOfStayExpiry", "2028-04-30", "continuousSince", "2021-10-01", "employerCategory", "2"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location().orElseThrow()).endsWith(path);
        String page = member.get(path).body();
        assertThat(page).contains(text("ws.saved.facts", "ja")).contains("張 偉").contains("K-17")
                .contains("2028年4月30日").contains("2021年10月1日").contains(text("ws.employerCategory.2", "ja"));
    }

    @Test
    void aRefusedChangeKeepsWhatWasTypedAndNamesTheFieldByItsLabel() {
        Tenants.Organization organization = tenants.organization("Facts");
        Tenants.Applicant applicant = tenants.applicant(organization, "Kim Min-jun");
        for (String lang : new String[] {"en", "ja", "zh", "zh-Hant", "ko"}) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            String path = "/" + lang + "/workspace/applicants/" + applicant.id() + "/facts";
            member.get(path);
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("name", "Kim Min-jun");
            typed.put("reference", "K-18");
            typed.put("periodOfStayExpiry", "2028/04/30");
            Page refused = member.post(path, typed);
            assertThat(refused.status()).as(lang).isEqualTo(400);
            String summary = between(refused.body(), "id=\"problems\"", "</ul>");
            String colon = lang.startsWith("zh") || lang.equals("ja") ? "：" : ": ";
            // The line names the field by its label and links to it; the JSON path is in no word of it.
            assertThat(summary).as(lang).contains("<a href=\"#edit-periodOfStayExpiry\">"
                    + text("ws.applicant.periodOfStayExpiry", lang) + colon);
            assertThat(summary.replaceAll("<[^>]*>", "")).as(lang).doesNotContain("periodOfStayExpiry");
            assertThat(refused.body()).as(lang).contains("id=\"edit-periodOfStayExpiry-problem\"");
            assertThat(between(refused.body(), "id=\"edit-periodOfStayExpiry\"", ">")).contains("value=\"2028/04/30\"")
                    .contains("aria-invalid=\"true\"");
            assertThat(between(refused.body(), "id=\"edit-reference\"", ">")).contains("value=\"K-18\"");
        }
        // Nothing was saved: the stored reference is still none.
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        assertThat(member.get("/en/workspace/applicants/" + applicant.id()).body()).doesNotContain("K-18");
    }

    @Test
    void anotherOrganizationsApplicantsFactsAreNotFound() {
        Tenants.Organization mine = tenants.organization("Facts");
        Tenants.Applicant theirs = tenants.applicant(tenants.organization("Facts elsewhere"), "Theirs");
        PageClient member = PageClient.loggedIn(port, "en", mine.memberEmail(), Tenants.PASSWORD);
        String path = "/en/workspace/applicants/" + theirs.id() + "/facts";
        assertThat(member.get(path).status()).isEqualTo(404);
        member.get("/en/workspace/applicants");
        assertThat(member.post(path, Map.of("name", "Changed")).status()).isEqualTo(404);
    }

    @Test
    void aSnapshotOnTheDateOfAStoredOneNamesItByItsDateNotByAJsonPath() {
        Tenants.Organization organization = tenants.organization("Facts");
        Tenants.Applicant applicant = tenants.applicant(organization, "Same day");
        for (String lang : new String[] {"en", "ja", "zh", "zh-Hant", "ko"}) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            String path = "/" + lang + "/workspace/applicants/" + applicant.id();
            member.get(path);
            Page refused = member.post(path + "/snapshots", Map.of("referenceDate", "2026-11-27",
                    "profile", Tenants.SNAPSHOT));
            assertThat(refused.status()).as(lang).isEqualTo(400);
            String summary = between(refused.body(), "id=\"problems\"", "</ul>");
            assertThat(summary.replaceAll("<[^>]*>", "")).as(lang).doesNotContain("snapshots[").doesNotContain("referenceDate")
                    .contains(text("ws.snapshots.date", lang));
            String date = org.hspnavigator.formats.text.Language.byTag(lang).orElseThrow()
                    .date(java.time.LocalDate.of(2026, 11, 27));
            String expected = messages.getMessage("ws.snapshots.sameDate", new Object[] {date}, Locale.forLanguageTag(lang));
            assertThat(summary).as(lang).contains(html(expected));
            assertThat(between(refused.body(), "id=\"referenceDate-problem\"", "</p>")).as(lang)
                    .contains(html(expected)).doesNotContain("snapshots[");
        }
    }

    private String text(String key, String lang) {
        return messages.getMessage(key, null, Locale.forLanguageTag(lang));
    }
}
