package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every invalid input of cases/invalid is refused with a message naming the field by its JSON path. */
class InvalidCasesTest {

    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(Clock.systemUTC(), RuleBook.official().earliestDate()));

    @TestFactory
    Stream<DynamicTest> everyInvalidCase() {
        return CaseFiles.invalidCases().stream()
                .map(invalid -> DynamicTest.dynamicTest(invalid.displayName(), () -> check(invalid)));
    }

    @Test
    void theCaseFilesCoverAtLeastThirtyKindsOfBadInput() {
        assertThat(CaseFiles.invalidCases()).hasSizeGreaterThanOrEqualTo(30);
    }

    private static void check(InvalidCase invalid) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ProfileDocuments.read(new ByteArrayInputStream(invalid.input()), READER));
        assertThat(refused).as("refused").isNotNull();
        List<Violation> violations = refused.violations();
        if (invalid.path().isEmpty()) {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.path()).as("a problem of the text has no path").isEmpty();
                assertThat(v.message()).contains(invalid.fragments());
            });
        } else {
            assertThat(violations).as("violations").anySatisfy(v -> {
                assertThat(v.path()).isEqualTo(invalid.path());
                assertThat(v.message()).contains(invalid.fragments());
            });
        }
    }
}
