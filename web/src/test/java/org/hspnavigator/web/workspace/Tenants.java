package org.hspnavigator.web.workspace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.application.ProcedureKind;
import org.hspnavigator.web.security.ApplicantScope;
import org.hspnavigator.web.security.Role;
import org.springframework.stereotype.Component;

/** Makes organizations, users, tokens and applicants for the tests, straight through the server's own beans. */
@Component
public class Tenants {

    public static final String PASSWORD = "a-test-password-of-length";
    /** A profile snapshot of Mr Zhang (examples/mr-zhang.json), with his reference date. */
    public static final String SNAPSHOT = """
            {"referenceDate": "2026-11-27", "birthDate": "1994-03-10", "annualSalaryYen": 8000000,
             "degrees": [{"level": "MASTER", "field": "Computer science"}],
             "careerYears": {"specializedTechnical": 5}, "japaneseLanguage": {"jlpt": "N2"}}""";

    private final Accounts accounts;
    private final AccountRepository users;
    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;

    public Tenants(Accounts accounts, AccountRepository users, ApplicantRepository applicants,
            ApplicationRepository applications) {
        this.accounts = accounts;
        this.users = users;
        this.applicants = applicants;
        this.applications = applications;
    }

    /** An organization with an owner and a member, and an API token of each. */
    public record Organization(String id, String ownerEmail, String ownerId, String memberEmail, String memberId,
            String ownerToken, String memberToken) {

        public ApplicantScope scope() {
            return new ApplicantScope(id);
        }
    }

    public Organization organization(String name) {
        try {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String ownerEmail = "owner-" + suffix + "@example.test";
            String ownerId = accounts.createOwner(name + " " + suffix, ownerEmail, PASSWORD);
            String organizationId = users.userByEmail(ownerEmail).orElseThrow().organizationId();
            String memberEmail = "member-" + suffix + "@example.test";
            String memberId = accounts.createMember(organizationId, memberEmail, PASSWORD, Role.MEMBER);
            return new Organization(organizationId, ownerEmail, ownerId, memberEmail, memberId,
                    accounts.createToken(organizationId, ownerId, "owner's").token(),
                    accounts.createToken(organizationId, memberId, "member's").token());
        } catch (Accounts.RefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A member of the organization, with a token. */
    public String member(Organization organization) {
        try {
            return accounts.createMember(organization.id(), "extra-" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.test", PASSWORD, Role.MEMBER);
        } catch (Accounts.RefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Accounts.NewToken token(Organization organization, String userId) {
        try {
            return accounts.createToken(organization.id(), userId, "test");
        } catch (Accounts.RefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An applicant with residence, employer category, expiry and Mr Zhang's snapshot. */
    public Applicant applicant(Organization organization, String name) {
        String id = applicants.create(organization.scope(), new ApplicantRepository.Facts(name, Optional.empty(),
                Optional.of("{\"continuousSince\": \"2022-04-01\"}"), Optional.empty(), OptionalInt.of(3),
                Optional.of(LocalDate.of(2027, 4, 30))));
        String snapshot = applicants.addSnapshot(id, LocalDate.of(2026, 11, 27), SNAPSHOT, organization.ownerId()).id();
        String application = applications.create(organization.id(), id, ProcedureKind.EXTENSION, Optional.empty(),
                Optional.of(LocalDate.of(2027, 4, 30)));
        return new Applicant(id, snapshot, application);
    }

    /** An applicant's ids. */
    public record Applicant(String id, String snapshotId, String applicationId) {
    }
}
