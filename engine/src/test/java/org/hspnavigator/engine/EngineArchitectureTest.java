package org.hspnavigator.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine stays embeddable anywhere (CLI, server, a Spark job): it depends on nothing but the JDK's
 * {@code java.*} packages, and its packages do not depend on each other in cycles.
 */
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hspnavigator.engine");

    @Test
    void dependsOnlyOnJavaAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.hspnavigator.engine..")
                .check(ENGINE);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("org.hspnavigator.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void pointTablesDoNotKnowTheRules() {
        classes().that().resideInAPackage("..engine.table..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..engine.table..", "..engine.points..", "..engine.profile..")
                .check(ENGINE);
    }
}
