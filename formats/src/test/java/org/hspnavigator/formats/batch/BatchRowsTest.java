package org.hspnavigator.formats.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The rows of a batch, scored one at a time by a single caller as a server streaming a CSV body would:
 * the header, a scored row, an invalid one in the output and the errors file, ids quoted as CSV needs.
 */
class BatchRowsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(CLOCK, ENGINE.ruleBook().earliestDate()));

    @Test
    void rowsBecomeTheirOutputRowsAndInvalidOnesAlsoErrorRows() throws InvalidInputException {
        BatchLayout layout = BatchLayout.of(List.of("id", "birthDate", "annualSalaryYen", "degrees.0.level"),
                EnumSet.allOf(Category.class), LineDelimiter.LF);
        StringBuilder output = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        layout.appendOutputHeader(output);
        layout.appendErrorsHeader(errors);
        BatchRows rows = layout.rows(READER, ENGINE, output, errors);
        assertThat(rows.score(CsvCells.of(List.of("A-1", "1994-03-10", "8000000", "MASTER")), 2)).isTrue();
        assertThat(rows.score(CsvCells.of(List.of("a,b", "1994-03-10", "8000000", "")), 3)).isTrue();
        assertThat(rows.score(CsvCells.of(List.of("C", "1994-02-30", "8000000", "PHD")), 4)).isFalse();
        assertThat(rows.score(CsvCells.of(List.of("D", "1994-03-10")), 5)).isFalse();
        assertThat(output).hasToString("id,line,referenceDate,ACADEMIC_RESEARCH.points,ACADEMIC_RESEARCH.eligible,"
                + "SPECIALIZED_TECHNICAL.points,SPECIALIZED_TECHNICAL.eligible,BUSINESS_MANAGEMENT.points,"
                + "BUSINESS_MANAGEMENT.eligible,bestCategory,error\n"
                + "A-1,2,2026-11-27,60,false,60,false,20,false,,\n"
                + "\"a,b\",3,2026-11-27,40,false,40,false,0,false,,\n"
                + "C,4,,,,,,,,,\"line 4: birthDate: \"\"1994-02-30\"\" is not a real date | degrees.0.level: "
                + "unknown value \"\"PHD\"\"; expected one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR\"\n"
                + "D,5,,,,,,,,,\"line 5: 2 cells, but the header has 4 columns\"\n");
        assertThat(errors).hasToString("id,line,error\n"
                + "C,4,\"line 4: birthDate: \"\"1994-02-30\"\" is not a real date | degrees.0.level: "
                + "unknown value \"\"PHD\"\"; expected one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR\"\n"
                + "D,5,\"line 5: 2 cells, but the header has 4 columns\"\n");
    }

    @Test
    void aCategoryNarrowsTheColumnsAndExcelEndsLinesWithCrLf() throws InvalidInputException {
        BatchLayout layout = BatchLayout.of(List.of("birthDate", "annualSalaryYen"), EnumSet.of(Category.ACADEMIC_RESEARCH),
                LineDelimiter.CRLF);
        assertThat(layout.outputHeader()).containsExactly("id", "line", "referenceDate", "ACADEMIC_RESEARCH.points",
                "ACADEMIC_RESEARCH.eligible", "bestCategory", "error");
        StringBuilder output = new StringBuilder();
        layout.rows(READER, ENGINE, output, new StringBuilder())
                .score(CsvCells.of(List.of("1994-03-10", "8000000")), 2);
        // The points of the row "a,b" above, in academic research only.
        assertThat(output).hasToString(",2,2026-11-27,40,false,,\r\n");
    }

    @Test
    void aBadHeaderIsRefusedWithEveryProblemNamedByItsColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> BatchLayout.of(
                List.of("birthdate", "annualSalaryYen", "annualSalaryYen"), EnumSet.allOf(Category.class),
                LineDelimiter.LF));
        assertThat(refused.violations()).extracting(Violation::path).containsExactly("birthdate", "annualSalaryYen");
    }
}
