package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hspnavigator.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No log line holds personal data: applicants, members and logins are written with marker values (a
 * name, a birth date, a salary, e-mails, a note), through every kind of request, valid and invalid, and
 * the server's whole output is then searched for them.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest {

    private static final String NAME = "Markername Qxzyvw";
    private static final String BIRTH_DATE = "1961-07-23";
    private static final String SALARY = "12345678";
    private static final String EMAIL = "marker.person.qxz@privacy.test";
    private static final String NOTE = "Marker note Vwqz";
    private static final String REFERENCE = "MARKER-REF-7731";
    private static final List<String> MARKERS = List.of(NAME, BIRTH_DATE, SALARY, EMAIL, NOTE, REFERENCE);

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void markerValuesNeverReachTheLog(CapturedOutput output) {
        Tenants.Organization organization = tenants.organization("Privacy");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        owner.postJson("/api/v1/members", "{\"email\": \"" + EMAIL + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        owner.postJson("/api/v1/members", "{\"email\": \"" + EMAIL + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        WorkspaceClient.browser(port).from("192.0.2.77").login(EMAIL, "wrong " + NAME);
        WorkspaceClient.browser(port).from("192.0.2.77").login(EMAIL, Tenants.PASSWORD);
        String applicant = owner.postJson("/api/v1/applicants", "{\"name\": \"" + NAME + "\", \"reference\": \"" + REFERENCE
                + "\", \"residence\": {\"continuousSince\": \"2020-01-01\"}, \"employerCategory\": 2}")
                .json().get("id").stringValue();
        String profile = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"" + BIRTH_DATE + "\", \"annualSalaryYen\": "
                + SALARY + "}";
        assertThat(owner.postJson("/api/v1/applicants/" + applicant + "/snapshots", profile).status()).isEqualTo(201);
        assertThat(owner.postJson("/api/v1/applicants/" + applicant + "/snapshots", profile).status()).isEqualTo(400);
        owner.postJson("/api/v1/applicants/" + applicant + "/snapshots", "{\"birthDate\": \"" + BIRTH_DATE
                + "\", \"annualSalaryYen\": \"" + SALARY + "\", \"name\": \"" + NAME + "\"}");
        owner.postJson("/api/v1/applicants", "{\"name\": \"" + NAME + "\", \"household\": {\"childrenBirthDates\": [\""
                + BIRTH_DATE + "\", \"" + NAME + "\"]}}");
        String application = owner.postJson("/api/v1/applicants/" + applicant + "/applications",
                "{\"procedure\": \"PERMANENT_RESIDENCE\"}").json().get("id").stringValue();
        owner.postJson("/api/v1/applications/" + application + "/events", "{\"date\": \"2026-11-27\", \"kind\": \"NOTE\", "
                + "\"note\": \"" + NOTE + "\"}");
        owner.postJson("/api/v1/applications/" + application + "/events", "{\"date\": \"2026-11-27\", \"status\": \"GRANTED\", "
                + "\"note\": \"" + NOTE + "\"}");
        owner.get("/api/v1/applications/" + application + "/checklist");
        assertThat(owner.send("POST", "/api/v1/applicants/import", "text/csv", "id,birthDate,annualSalaryYen\n" + NAME + ","
                + BIRTH_DATE + "," + SALARY + "\n" + REFERENCE + "," + BIRTH_DATE + ",x" + SALARY + "\n").status())
                .isEqualTo(400);
        assertThat(owner.send("POST", "/api/v1/applicants/import", "text/csv", "id,birthDate,annualSalaryYen\n" + NAME + ","
                + BIRTH_DATE + "," + SALARY + "\n").status()).isEqualTo(201);
        owner.get("/api/v1/deadlines");
        owner.get("/api/v1/applicants/" + applicant + "/export");
        owner.get("/api/v1/applicants/" + applicant + "/permanent-residence");
        owner.get("/api/v1/audit-events");
        assertThat(owner.get("/api/v1/applicants/" + applicant + "/export").body()).contains(NAME, BIRTH_DATE, SALARY);
        assertThat(owner.delete("/api/v1/applicants/" + applicant).status()).isEqualTo(204);
        WorkspaceClient.browser(port).postJson("/api/v1/assessments", profile);
        // The capture sees what the server's loggers write: a line logged here must be found.
        org.slf4j.LoggerFactory.getLogger(org.hspnavigator.web.system.ApiExceptionHandler.class).warn("capture canary");
        assertThat(output.getAll()).as("the server's output").contains("capture canary");
        for (String marker : MARKERS) {
            assertThat(output.getAll()).as("the server's output holds " + marker).doesNotContain(marker);
        }
    }
}
