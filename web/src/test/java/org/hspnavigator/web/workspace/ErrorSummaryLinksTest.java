package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summary of a refused workspace form, in every language, as GOV.UK's error summary: each problem of a
 * field links to that field ({@code href="#field-id"}), whose element is there and marked invalid, and the
 * summary takes the focus when the page opens ({@code autofocus}, with the {@code tabindex} that lets a
 * block take it), so that the reader starts from it without a script.
 */
@ApiTest
class ErrorSummaryLinksTest {

    private static final Pattern LINK = Pattern.compile("<li>\\s*<a href=\"#([^\"]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void eachProblemLinksToItsFieldAndTheSummaryTakesTheFocus() {
        Tenants.Organization organization = tenants.organization("Summary links");
        Tenants.Applicant applicant = tenants.applicant(organization, "Linked");
        for (Language language : Language.values()) {
            String lang = language.tag();
            PageClient owner = PageClient.loggedIn(port, lang, organization.ownerEmail(), Tenants.PASSWORD);
            String applicants = "/" + lang + "/workspace/applicants";
            String facts = applicants + "/" + applicant.id() + "/facts";
            String members = "/" + lang + "/workspace/members";
            String snapshots = applicants + "/" + applicant.id();
            assertLinked(sentBack(owner, applicants, applicants, Map.of("name", "",
                    "periodOfStayExpiry", "2027-13-01")), lang + " new applicant",
                    List.of("new-name", "new-periodOfStayExpiry"));
            assertLinked(sentBack(owner, facts, facts, Map.of("name", "Linked", "continuousSince", "2022-02-30")),
                    lang + " facts", List.of("edit-continuousSince"));
            assertLinked(sentBack(owner, members, members, Map.of("email", "not-an-address", "password", "short",
                    "role", "MEMBER")), lang + " new member", List.of("member-email", "member-password"));
            assertLinked(sentBack(owner, snapshots, snapshots + "/snapshots", Map.of("referenceDate", "2026-12-01",
                    "profile", "{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": 8000000}")), lang + " snapshot",
                    List.of("profile"));
            assertLinked(sentBack(owner, snapshots, snapshots + "/snapshots", Map.of("referenceDate", "2026-12-02",
                    "birthDate", "1990-02-30", "annualSalaryYen", "8000000")), lang + " snapshot questions",
                    List.of("q-birthDate"));
        }
    }

    private static Page sentBack(PageClient client, String page, String action, Map<String, String> form) {
        client.get(page);
        return client.post(action, form);
    }

    private static void assertLinked(Page refused, String form, List<String> fields) {
        assertThat(refused.status()).as(form).isEqualTo(400);
        String body = refused.body();
        int start = body.indexOf("id=\"problems\"");
        assertThat(start).as(form + ": the summary").isNotNegative();
        String opening = body.substring(body.lastIndexOf('<', start), body.indexOf('>', start));
        assertThat(opening).as(form + ": the summary's element").contains("autofocus").contains("tabindex=\"-1\"");
        String summary = body.substring(start, body.indexOf("</ul>", start));
        Matcher link = LINK.matcher(summary);
        List<String> targets = link.results().map(found -> found.group(1)).toList();
        assertThat(targets).as(form + ": the fields the summary links to").containsAll(fields);
        assertThat(summary.split("<li>").length - 1).as(form + ": every line a link").isEqualTo(targets.size());
        for (String target : targets) {
            int field = body.indexOf("id=\"" + target + "\"");
            assertThat(field).as(form + ": the field #" + target).isNotNegative();
            String element = body.substring(body.lastIndexOf('<', field), body.indexOf('>', field));
            assertThat(element).as(form + ": #" + target).contains("aria-invalid=\"true\"");
        }
    }
}
