package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A refused form of the applicant's and the application's pages: the problem is summarised at the top and
 * stands next to its field, which is marked invalid, described by it and keeps what was typed, in the
 * page's language; a problem of a profile's field stands next to the text area, named by its path.
 */
@ApiTest
class FormErrorsNextToFieldsTest {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;

    @Test
    void aStatusChangeOnADayThatIsNoneShowsTheProblemNextToTheDate() {
        Tenants.Organization organization = tenants.organization("Form errors");
        Tenants.Applicant applicant = tenants.applicant(organization, "Status");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/ja/workspace/applications/" + applicant.applicationId();
        member.get(path);
        Page refused = member.post(path + "/status", Map.of("status", "SUBMITTED", "date", "2027-02-30",
                "note", "郵送"));
        assertThat(refused.status()).isEqualTo(400);
        String problem = messages.getMessage("ws.files.statusProblem.date", null, Locale.JAPANESE);
        String body = refused.body();
        assertThat(body).contains("id=\"status-problem\"");
        String field = body.substring(body.indexOf("id=\"status-date\""), body.indexOf("id=\"status-note\""));
        assertThat(field).contains("value=\"2027-02-30\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"status-date-problem\"")
                .contains("id=\"status-date-problem\">" + problem + "<");
        assertThat(body).contains("value=\"郵送\"");
    }

    /** The summary names each field as Japanese writes a label before its text: with a full-width colon. */
    @Test
    void theJapaneseSummaryNamesTheFieldWithAFullWidthColon() {
        Tenants.Organization organization = tenants.organization("Form errors");
        Page refused = sentBack("ja", organization.memberEmail(), "/ja/workspace/applicants", Map.of("name", "山田 花子",
                "periodOfStayExpiry", "2027-13-01"));
        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        int problems = body.indexOf("id=\"problems\"");
        String summary = body.substring(problems, body.indexOf("</ul>", problems));
        String label = messages.getMessage("ws.applicant.periodOfStayExpiry", null, Locale.JAPANESE);
        assertThat(summary).contains(label + "：").doesNotContain(label + ": ");
        assertThat(body).contains("value=\"山田 花子\"").contains("value=\"2027-13-01\"");
    }

    /** A refused new member: the password's problem describes the password field, and the e-mail typed stays. */
    @Test
    void aRefusedPasswordOfANewMemberDescribesItsField() {
        Tenants.Organization organization = tenants.organization("Form errors");
        Page refused = sentBack("ko", organization.ownerEmail(), "/ko/workspace/members", Map.of("email",
                "new-member@example.test", "password", "password1234", "role", "MEMBER"));
        assertThat(refused.status()).isEqualTo(400);
        String body = refused.body();
        String field = body.substring(body.indexOf("id=\"member-password\""), body.indexOf("id=\"member-role\""));
        assertThat(field).contains("aria-invalid=\"true\"").contains("aria-describedby=\"member-password-problem\"")
                .contains("id=\"member-password-problem\"");
        assertThat(body).contains("value=\"new-member@example.test\"");
    }

    @Test
    void aProfileFieldsProblemStandsNextToTheProfileNamedByItsPath() {
        Tenants.Organization organization = tenants.organization("Form errors");
        Tenants.Applicant applicant = tenants.applicant(organization, "Snapshot");
        PageClient member = PageClient.loggedIn(port, "zh", organization.memberEmail(), Tenants.PASSWORD);
        String path = "/zh/workspace/applicants/" + applicant.id();
        member.get(path);
        Page refused = member.post(path + "/snapshots", Map.of("referenceDate", "2026-12-01",
                "profile", "{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": 8000000}"));
        assertThat(refused.status()).isEqualTo(400);
        String problem = "birthDate: " + Problem.of("date.notReal", "1990-02-30").text(Language.ZH)
                .replace("\"", "&quot;");
        String body = refused.body();
        assertThat(body).contains("id=\"problems\"");
        String field = body.substring(body.indexOf("id=\"profile-hint\""), body.indexOf("</textarea>"));
        assertThat(field).contains("id=\"profile-problem\">" + problem + "<").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"profile-hint profile-problem\"");
    }

    /** What {@code path} answers a user logged in as {@code email} who opened it and sent {@code form} back. */
    private Page sentBack(String lang, String email, String path, Map<String, String> form) {
        PageClient client = PageClient.loggedIn(port, lang, email, Tenants.PASSWORD);
        client.get(path);
        return client.post(path, form);
    }
}
