package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.workspace.PageText.between;
import static org.hspnavigator.web.workspace.PageText.html;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A snapshot with a figure typed wrong corrected: through the API's PUT, checked as one being added is (its
 * fields, and a date no other snapshot has), assessed again and audited, not found across organizations;
 * and on its page, filled in with it, a refused correction keeping what was typed with each problem next
 * to its field by the field's label, in every language.
 */
@ApiTest
class SnapshotCorrectionTest {

    private static final String[] LANGUAGES = {"en", "ja", "zh", "zh-Hant", "ko"};

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;

    @Test
    void theApiCorrectsASnapshotAssessesItAgainAndAuditsIt() {
        Tenants.Organization organization = tenants.organization("Correction");
        Tenants.Applicant applicant = tenants.applicant(organization, "Typed wrong");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        String snapshots = "/api/v1/applicants/" + applicant.id() + "/snapshots";
        int assessments = owner.get("/api/v1/applicants/" + applicant.id() + "/assessments").json()
                .get("assessments").size();

        Answer corrected = owner.putJson(snapshots + "/" + applicant.snapshotId(),
                Tenants.SNAPSHOT.replace("8000000", "9000000"));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("id").asString()).isEqualTo(applicant.snapshotId());
        assertThat(corrected.json().get("assessment")).isNotNull();
        Answer listed = owner.get(snapshots);
        assertThat(listed.json().get("snapshots").size()).isEqualTo(1);
        assertThat(listed.json().get("snapshots").get(0).get("profile").get("annualSalaryYen").asLong())
                .isEqualTo(9_000_000L);
        assertThat(owner.get("/api/v1/applicants/" + applicant.id() + "/assessments").json().get("assessments").size())
                .isEqualTo(assessments + 1);
        assertThat(owner.get("/api/v1/audit-events?target=" + applicant.id()).body()).contains("SNAPSHOT_CORRECTED");
    }

    @Test
    void aCorrectionIsCheckedAsAnAddedSnapshotIs() {
        Tenants.Organization organization = tenants.organization("Correction");
        Tenants.Applicant applicant = tenants.applicant(organization, "Two snapshots");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        String snapshots = "/api/v1/applicants/" + applicant.id() + "/snapshots";
        assertThat(owner.postJson(snapshots, Tenants.SNAPSHOT.replace("2026-11-27", "2026-06-01")).status())
                .isEqualTo(201);

        Answer sameDate = owner.putJson(snapshots + "/" + applicant.snapshotId(),
                Tenants.SNAPSHOT.replace("2026-11-27", "2026-06-01"));
        assertThat(sameDate.status()).as(sameDate.body()).isEqualTo(400);
        assertThat(sameDate.body()).contains("referenceDate");
        assertThat(sameDate.header("Content-Type").orElse("")).contains("problem+json");

        Answer badField = owner.putJson(snapshots + "/" + applicant.snapshotId(),
                Tenants.SNAPSHOT.replace("8000000", "-1"));
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.body()).contains("annualSalaryYen");

        // Keeping its own date is no clash with itself.
        assertThat(owner.putJson(snapshots + "/" + applicant.snapshotId(), Tenants.SNAPSHOT).status()).isEqualTo(200);
        assertThat(owner.get(snapshots).json().get("snapshots").get(1).get("profile").get("annualSalaryYen").asLong())
                .isEqualTo(8_000_000L);
    }

    @Test
    void anotherOrganizationsSnapshotOrAnUnknownOneIsNotFound() {
        Tenants.Applicant theirs = tenants.applicant(tenants.organization("Correction elsewhere"), "Theirs");
        Tenants.Organization mine = tenants.organization("Correction");
        Tenants.Applicant own = tenants.applicant(mine, "Mine");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, mine.ownerEmail(), Tenants.PASSWORD);
        assertThat(owner.putJson("/api/v1/applicants/" + theirs.id() + "/snapshots/" + theirs.snapshotId(),
                Tenants.SNAPSHOT).status()).isEqualTo(404);
        // Their snapshot's id under my applicant is no snapshot of mine either.
        assertThat(owner.putJson("/api/v1/applicants/" + own.id() + "/snapshots/" + theirs.snapshotId(),
                Tenants.SNAPSHOT).status()).isEqualTo(404);
        PageClient member = PageClient.loggedIn(port, "en", mine.memberEmail(), Tenants.PASSWORD);
        String page = "/en/workspace/applicants/" + theirs.id() + "/snapshots/" + theirs.snapshotId();
        assertThat(member.get(page).status()).isEqualTo(404);
        member.get("/en/workspace/applicants");
        assertThat(member.post(page, Map.of("referenceDate", "2026-11-27", "profile", Tenants.SNAPSHOT)).status())
                .isEqualTo(404);
    }

    @Test
    void theCorrectionPageIsFilledInAndSavesTheCorrection() {
        Tenants.Organization organization = tenants.organization("Correction");
        Tenants.Applicant applicant = tenants.applicant(organization, "Page");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        String applicantPage = "/ja/workspace/applicants/" + applicant.id();
        String path = applicantPage + "/snapshots/" + applicant.snapshotId();
        assertThat(member.get(applicantPage).body()).contains("href=\"" + path + "\"");
        Page form = member.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(html(text("ws.snapshot.title", "ja", "2026年11月27日")));
        assertThat(between(form.body(), "id=\"referenceDate\"", ">")).contains("value=\"2026-11-27\"");
        assertThat(between(form.body(), "id=\"q-annualSalaryYen\"", ">")).contains("value=\"8000000\"");
        // The hint of the adding form says the latest snapshot is filled in; here it is the one corrected.
        assertThat(form.body()).contains(html(text("ws.snapshot.answers", "ja")))
                .doesNotContain(html(text("ws.snapshots.answers", "ja")));

        Page saved = member.post(path, Map.of("referenceDate", "2026-11-27",
                "profile", Tenants.SNAPSHOT.replace("8000000", "9100000")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location().orElseThrow()).contains(applicantPage);
        assertThat(member.get(applicantPage).body()).contains(text("ws.saved.snapshotCorrected", "ja"));
        assertThat(member.get(path).body()).contains("9100000");
    }

    @Test
    void aRefusedCorrectionKeepsWhatWasTypedAndNamesTheFieldByItsLabel() {
        Tenants.Organization organization = tenants.organization("Correction");
        Tenants.Applicant applicant = tenants.applicant(organization, "Refused");
        for (String lang : LANGUAGES) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            String path = "/" + lang + "/workspace/applicants/" + applicant.id() + "/snapshots/" + applicant.snapshotId();
            member.get(path);
            String typed = Tenants.SNAPSHOT.replace("8000000", "9200000");
            Page refused = member.post(path, Map.of("referenceDate", "2026/11/27", "profile", typed));
            assertThat(refused.status()).as(lang).isEqualTo(400);
            String summary = between(refused.body(), "id=\"problems\"", "</ul>");
            String colon = lang.startsWith("zh") || lang.equals("ja") ? "：" : ": ";
            assertThat(summary).as(lang).contains("<a href=\"#referenceDate\">" + html(text("ws.snapshots.date", lang)) + colon);
            assertThat(summary.replaceAll("<[^>]*>", "")).as(lang).doesNotContain("referenceDate");
            assertThat(refused.body()).as(lang).contains("id=\"referenceDate-problem\"");
            assertThat(between(refused.body(), "id=\"referenceDate\"", ">")).as(lang).contains("value=\"2026/11/27\"")
                    .contains("aria-invalid=\"true\"");
            assertThat(between(refused.body(), "id=\"profile\"", "</textarea>")).as(lang).contains("9200000");
        }
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        assertThat(member.get("/en/workspace/applicants/" + applicant.id() + "/snapshots/" + applicant.snapshotId())
                .body()).doesNotContain("9200000");
    }

    @Test
    void aCorrectionOnTheDateOfAnotherSnapshotNamesThatOneByItsDate() {
        Tenants.Organization organization = tenants.organization("Correction");
        Tenants.Applicant applicant = tenants.applicant(organization, "Clash");
        WorkspaceClient owner = WorkspaceClient.loggedIn(port, organization.ownerEmail(), Tenants.PASSWORD);
        owner.postJson("/api/v1/applicants/" + applicant.id() + "/snapshots",
                Tenants.SNAPSHOT.replace("2026-11-27", "2026-06-01"));
        for (String lang : LANGUAGES) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            String path = "/" + lang + "/workspace/applicants/" + applicant.id() + "/snapshots/" + applicant.snapshotId();
            member.get(path);
            Page refused = member.post(path, Map.of("referenceDate", "2026-06-01", "profile", Tenants.SNAPSHOT));
            assertThat(refused.status()).as(lang).isEqualTo(400);
            String date = Language.byTag(lang).orElseThrow().date(LocalDate.of(2026, 6, 1));
            assertThat(between(refused.body(), "id=\"referenceDate-problem\"", "</p>")).as(lang)
                    .contains(html(text("ws.snapshots.sameDate", lang, date))).doesNotContain("snapshots[");
        }
    }

    private String text(String key, String lang, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(lang));
    }
}
