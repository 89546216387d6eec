package org.hspnavigator.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server depends on formats and the engine only: never on the command line, which it must not need at run time. */
class WebArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hspnavigator.web");

    @Test
    void theServerNeverUsesTheCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.hspnavigator.cli..").check(SERVER);
    }

    @Test
    void featuresDoNotUseEachOther() {
        String[] features = {"assessment", "advice", "permanent", "family", "checklist", "faq", "rules", "report"};
        for (String feature : features) {
            for (String other : features) {
                if (!feature.equals(other)) {
                    noClasses().that().resideInAPackage("org.hspnavigator.web." + feature + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.hspnavigator.web." + other + "..")
                            .check(SERVER);
                }
            }
        }
    }
}
