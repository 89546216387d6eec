package org.hspnavigator.web.workspace;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The set-up shared by the workspace's tests that read one applicant's pages and files: the running
 * server's port, and an organization of the test class's own holding one applicant with Mr Zhang's
 * profile snapshot and an application, made once for the class so that no other test's data shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrganizationWithOneApplicant {

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    Tenants.Organization organization;
    Tenants.Applicant applicant;

    /** The organization's name, one per test class. */
    abstract String organizationName();

    @BeforeAll
    void organizationWithOneApplicant() {
        organization = tenants.organization(organizationName());
        applicant = tenants.applicant(organization, organizationName() + " applicant");
    }
}
