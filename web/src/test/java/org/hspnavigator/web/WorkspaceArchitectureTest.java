package org.hspnavigator.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The workspace's layers: storage knows no feature; the access rules know no feature but the audit log;
 * no feature reaches into the administration commands; the public API's features know nothing of the
 * workspace; and only repositories and the storage run SQL through JDBC.
 */
class WorkspaceArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hspnavigator.web");
    private static final String[] FEATURES = {"org.hspnavigator.web.account..", "org.hspnavigator.web.applicant..",
        "org.hspnavigator.web.application..", "org.hspnavigator.web.deadline..", "org.hspnavigator.web.privacy..",
        "org.hspnavigator.web.audit.."};
    private static final String[] PUBLIC_API = {"org.hspnavigator.web.assessment..", "org.hspnavigator.web.advice..",
        "org.hspnavigator.web.permanent..", "org.hspnavigator.web.family..", "org.hspnavigator.web.checklist..",
        "org.hspnavigator.web.faq..", "org.hspnavigator.web.rules..", "org.hspnavigator.web.report.."};

    @Test
    void storageKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.hspnavigator.web.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(SERVER);
    }

    @Test
    void theAccessRulesKnowNoFeatureButTheAuditLog() {
        noClasses().that().resideInAPackage("org.hspnavigator.web.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hspnavigator.web.account..",
                        "org.hspnavigator.web.applicant..", "org.hspnavigator.web.application..",
                        "org.hspnavigator.web.deadline..", "org.hspnavigator.web.privacy..")
                .check(SERVER);
    }

    @Test
    void noFeatureUsesTheAdministrationCommands() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAPackage("org.hspnavigator.web.admin..").check(SERVER);
    }

    @Test
    void thePublicApiKnowsNothingOfTheWorkspace() {
        noClasses().that().resideInAnyPackage(PUBLIC_API)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(SERVER);
    }

    @Test
    void controllersRunNoSql() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(SERVER);
    }
}
