package org.hspnavigator.formats.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every invalid case of cases/invalid/cases.json is refused with a message naming the field by its JSON path. */
class InvalidApplicantCasesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final CaseReader READER = new CaseReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));

    @TestFactory
    Stream<DynamicTest> everyInvalidCase() {
        return CaseFiles.invalidApplicantCases().stream()
                .map(invalid -> DynamicTest.dynamicTest(invalid.displayName(), () -> check(invalid)));
    }

    @Test
    void theInvalidProfilesDoNotIncludeTheInvalidCases() {
        assertThat(CaseFiles.invalidCases()).noneMatch(invalid -> invalid.file().equals("cases.json"));
        assertThat(CaseFiles.invalidApplicantCases()).hasSizeGreaterThanOrEqualTo(40);
    }

    private static void check(InvalidCase invalid) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> READER.read(new ByteArrayInputStream(invalid.input())));
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
