package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.Tenants;
import org.hspnavigator.web.workspace.WorkspaceClient;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The profiles of stored snapshots kept between requests: the same profile given again for the same
 * snapshot and text, read again when the text differs, even with the same length and hash; a deleted snapshot gone from the case and from
 * the cache; another organization reads nothing through it.
 */
@ApiTest
class SnapshotProfilesTest {

    private static final String LATER = Tenants.SNAPSHOT.replace("2026-11-27", "2026-11-28");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApplicantCases cases;
    @Autowired
    SnapshotProfiles profiles;

    @Test
    void aKeptProfileIsGivenAgainForTheSameSnapshotAndReadAgainForAnotherText() {
        String id = UUID.randomUUID().toString();
        ApplicantRepository.Applicant applicant = applicant();
        Profile first = profileOf(applicant, snapshot(id, Tenants.SNAPSHOT));
        assertThat(profileOf(applicant, snapshot(id, Tenants.SNAPSHOT))).as("kept").isSameAs(first);
        Profile changed = profileOf(applicant, snapshot(id, Tenants.SNAPSHOT.replace("8000000", "9000000")));
        assertThat(changed.annualSalaryYen()).isEqualTo(9_000_000L);
        assertThat(first.annualSalaryYen()).isEqualTo(8_000_000L);
    }

    @Test
    void aCorrectedTextOfTheSameLengthAndHashIsReadAgain() {
        // "Co" and "DP" weigh the same in String.hashCode (31 * 'C' + 'o' == 31 * 'D' + 'P'): a snapshot corrected
        // on another server may keep its length and hash, and must still not meet the profile it replaced.
        String corrected = Tenants.SNAPSHOT.replace("Computer science", "DPmputer science");
        assertThat(corrected).hasSameSizeAs(Tenants.SNAPSHOT).isNotEqualTo(Tenants.SNAPSHOT);
        assertThat(corrected.hashCode()).isEqualTo(Tenants.SNAPSHOT.hashCode());
        String id = UUID.randomUUID().toString();
        ApplicantRepository.Applicant applicant = applicant();
        Profile first = profileOf(applicant, snapshot(id, Tenants.SNAPSHOT));
        Profile second = profileOf(applicant, snapshot(id, corrected));
        assertThat(second.degrees().get(0).field()).contains("DPmputer science");
        assertThat(first.degrees().get(0).field()).contains("Computer science");
    }

    @Test
    void aDeletedSnapshotIsGoneFromTheCaseAndFromTheCache() {
        Tenants.Organization organization = tenants.organization("Deleted snapshots");
        Tenants.Applicant stored = tenants.applicant(organization, "Two snapshots");
        WorkspaceClient client = WorkspaceClient.program(port, organization.memberToken());
        Answer added = client.postJson("/api/v1/applicants/" + stored.id() + "/snapshots", LATER);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String later = added.json().get("id").stringValue();
        JsonNode read = client.get("/api/v1/applicants/" + stored.id()).json();
        assertThat(read.get("snapshots").findValuesAsString("id")).containsExactly(stored.snapshotId(), later);
        assertThat(read.get("caseComplete").booleanValue()).isTrue();
        int kept = profiles.size();

        assertThat(client.delete("/api/v1/applicants/" + stored.id() + "/snapshots/" + later).status()).isEqualTo(204);
        assertThat(profiles.size()).as("the deleted snapshot forgotten").isEqualTo(kept - 1);
        read = client.get("/api/v1/applicants/" + stored.id()).json();
        assertThat(read.get("snapshots").findValuesAsString("id")).containsExactly(stored.snapshotId());

        assertThat(client.delete("/api/v1/applicants/" + stored.id() + "/snapshots/" + stored.snapshotId()).status())
                .isEqualTo(204);
        read = client.get("/api/v1/applicants/" + stored.id()).json();
        assertThat(read.get("snapshots").size()).isZero();
        assertThat(read.get("caseComplete").booleanValue()).as("no snapshot is left for the case").isFalse();
        assertThat(client.get("/api/v1/applicants/" + stored.id() + "/permanent-residence").status()).isEqualTo(409);
    }

    @Test
    void anotherOrganizationReadsNothingThroughTheKeptProfiles() {
        Tenants.Organization owner = tenants.organization("Kept, theirs");
        Tenants.Applicant stored = tenants.applicant(owner, "Read by its own organization");
        WorkspaceClient own = WorkspaceClient.program(port, owner.memberToken());
        assertThat(own.get("/api/v1/applicants/" + stored.id()).json().get("caseComplete").booleanValue()).isTrue();
        assertThat(own.get("/api/v1/applications/" + stored.applicationId() + "/checklist").status()).isEqualTo(200);

        WorkspaceClient other = WorkspaceClient.program(port, tenants.organization("Kept, other").memberToken());
        for (String path : List.of("/api/v1/applicants/" + stored.id(),
                "/api/v1/applicants/" + stored.id() + "/snapshots",
                "/api/v1/applicants/" + stored.id() + "/permanent-residence",
                "/api/v1/applications/" + stored.applicationId() + "/checklist")) {
            Answer answer = other.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("1994-03-10").doesNotContain("8000000");
        }
        assertThat(other.postJson("/api/v1/applicants/" + stored.id() + "/snapshots", LATER).status()).isEqualTo(404);
    }

    private Profile profileOf(ApplicantRepository.Applicant applicant, ApplicantRepository.Snapshot snapshot) {
        return cases.caseOf(applicant, List.of(snapshot)).applicantCase().orElseThrow().snapshots().get(0);
    }

    private static ApplicantRepository.Applicant applicant() {
        return new ApplicantRepository.Applicant(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Kept",
                Optional.empty(), Optional.of("{\"continuousSince\": \"2022-04-01\"}"), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    private static ApplicantRepository.Snapshot snapshot(String id, String profile) {
        return new ApplicantRepository.Snapshot(id, UUID.randomUUID().toString(), LocalDate.of(2026, 11, 27), profile,
                Instant.EPOCH, Optional.empty());
    }
}
