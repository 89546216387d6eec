package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** CSV rows read as profiles: cells typed as the reader asks, columns named in every message. */
class CsvProfileColumnsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));

    private static List<Violation> read(String header, String row) throws InvalidInputException {
        CsvProfileColumns columns = CsvProfileColumns.of(Arrays.asList(header.split(",", -1)));
        List<Violation> violations = new ArrayList<>();
        columns.rowReader(READER).read(Arrays.asList(row.split(",", -1)), violations);
        return violations;
    }

    private static Profile profile(String header, String row) throws InvalidInputException {
        CsvProfileColumns columns = CsvProfileColumns.of(Arrays.asList(header.split(",", -1)));
        List<Violation> violations = new ArrayList<>();
        Optional<Profile> profile = columns.rowReader(READER).read(Arrays.asList(row.split(",", -1)), violations);
        assertThat(violations).isEmpty();
        return profile.orElseThrow();
    }

    /** What a refused number of a CSV cell is told to look like, after the strict form. */
    private static final String SPREADSHEET_FORMS = "; write digits, as 8000000 or 8,000,000 (a comma separates"
            + " thousands, a dot starts the fraction)";

    @ParameterizedTest(name = "salary cell {0}")
    @CsvSource(delimiter = '|', value = {
        "8000000    | ",
        "8e6        | ",
        "8000000.0  | ",
        "' 8000000' | ",
        "８００００００ | ",
        "８００万     | annualSalaryYen: expected a number of yen, got the string \"８００万\"" + SPREADSHEET_FORMS,
        "8000000²   | annualSalaryYen: expected a number of yen, got the string \"8000000²\"" + SPREADSHEET_FORMS,
        "8;000;000  | annualSalaryYen: expected a number of yen, got the string \"8;000;000\"" + SPREADSHEET_FORMS,
        "08000000   | annualSalaryYen: expected a number of yen, got the string \"08000000\"" + SPREADSHEET_FORMS,
        "+8000000   | annualSalaryYen: expected a number of yen, got the string \"+8000000\"" + SPREADSHEET_FORMS,
        "8000000.   | annualSalaryYen: expected a number of yen, got the string \"8000000.\"" + SPREADSHEET_FORMS,
        "8.000.000  | annualSalaryYen: expected a number of yen, got the string \"8.000.000\"" + SPREADSHEET_FORMS,
        "-1         | annualSalaryYen: must not be negative, got -1",
        "1e30       | annualSalaryYen: 1E+30 is above the limit of 10000000000 yen; check for a typing mistake",
        "1e99999999999 | annualSalaryYen: expected a number of yen, got the string \"1e99999999999\"" + SPREADSHEET_FORMS
    })
    void numbersAreReadAsJsonWritesThem(String cell, String expected) throws InvalidInputException {
        List<Violation> violations = read("birthDate,annualSalaryYen", "1994-03-10," + cell);
        if (expected == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(Violation::message).containsExactly(expected);
        }
    }

    @Test
    void degreesAreReadByIndexAndEmptyOnesAtTheEndLeftOut() throws InvalidInputException {
        String header = "birthDate,annualSalaryYen,degrees.0.level,degrees.0.field,degrees.1.level,degrees.1.inJapan";
        assertThat(profile(header, "1994-03-10,8000000,MASTER,Physics,,").degrees()).singleElement()
                .satisfies(degree -> assertThat(degree.level()).isEqualTo(DegreeLevel.MASTER));
        assertThat(profile(header, "1994-03-10,8000000,,,,").degrees()).isEmpty();
        assertThat(profile(header, "1994-03-10,8000000,MASTER,,BACHELOR,True").degrees()).hasSize(2);
    }

    @Test
    void aGapInTheDegreesIsTheMissingLevelOfTheEmptyOne() throws InvalidInputException {
        assertThat(read("birthDate,annualSalaryYen,degrees.0.field,degrees.1.level", "1994-03-10,8000000,,MASTER"))
                .extracting(Violation::message)
                .containsExactly("degrees.0.level: required field is missing (one of DOCTORATE, MBA_MOT, MASTER, "
                        + "PROFESSIONAL, BACHELOR)");
    }

    @Test
    void everyProblemOfARowIsNamedByItsColumn() throws InvalidInputException {
        assertThat(read("birthDate,annualSalaryYen,careerYears.specializedTechnical,degrees.2.level,japaneseLanguage.jlpt",
                "1994-13-10,,81,PHD,n1"))
                .extracting(Violation::message)
                .contains("birthDate: \"1994-13-10\" is not a real date",
                        "annualSalaryYen: required field is missing (the expected annual salary in yen)",
                        "careerYears.specializedTechnical: 81 is above the limit of 80 years; check for a typing mistake",
                        "degrees.2.level: unknown value \"PHD\"; expected one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR",
                        "japaneseLanguage.jlpt: unknown value \"n1\"; did you mean \"N1\"? Values are upper case; "
                                + "expected one of N1, N2, N3, N4, N5");
    }

    @Test
    void headerProblemsAreAllReportedWithTheClosestColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> CsvProfileColumns.of(
                List.of("id", "birthdate", "annualSalaryYen", "", "careerYears", "degrees.01.level", "degrees.x.field",
                        "research.paper", "annualSalaryYen")));
        assertThat(refused.violations()).extracting(Violation::message).satisfiesExactly(
                birthdate -> assertThat(birthdate).startsWith("birthdate: unknown column; did you mean \"birthDate\"? "
                        + "(known columns: id, referenceDate, birthDate, annualSalaryYen, degrees.N.level,"),
                empty -> assertThat(empty).isEqualTo("column 4 of the header has no name; every column needs a profile field name"),
                group -> assertThat(group).startsWith("careerYears: unknown column"),
                leadingZero -> assertThat(leadingZero).startsWith("degrees.01.level: unknown column; did you mean \"degrees.1.level\"?"),
                notAnIndex -> assertThat(notAnIndex).startsWith("degrees.x.field: unknown column"),
                paper -> assertThat(paper).startsWith("research.paper: unknown column; did you mean \"research.papers\"?"),
                twice -> assertThat(twice).isEqualTo("annualSalaryYen: the column appears twice in the header (columns 3 and 9)"));
    }

    @Test
    void theIdColumnIsPassedThroughAndNotRead() throws InvalidInputException {
        CsvProfileColumns columns = CsvProfileColumns.of(List.of("birthDate", "id", "annualSalaryYen"));
        assertThat(columns.idColumn()).hasValue(1);
        assertThat(columns.size()).isEqualTo(3);
        assertThat(profile("birthDate,id,annualSalaryYen", "1994-03-10,anything at all,8000000").annualSalaryYen())
                .isEqualTo(8_000_000L);
    }
}
