package org.hspnavigator.formats.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Ids that a spreadsheet would run as formulas are neutralised with a single quote wherever the batch
 * writes for a spreadsheet (the errors file always, the output for {@code --excel}), and only there;
 * the cells the batch writes itself are left as they are.
 */
class SpreadsheetTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(CLOCK, ENGINE.ruleBook().earliestDate()));
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.com\",\"x\")", "+81-3", "-1",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1");
    private static final List<String> PLAIN = List.of("A-1", "a=b", "", "'=kept", " =1", "山田");

    @Test
    void everyTriggerIsNeutralisedAndNothingElse() {
        for (String formula : FORMULAS) {
            assertThat(SpreadsheetText.neutralised(formula)).isEqualTo("'" + formula);
        }
        for (String plain : PLAIN) {
            assertThat(SpreadsheetText.neutralised(plain)).isEqualTo(plain);
        }
    }

    @Test
    void forASpreadsheetTheOutputAndTheErrorsFileHoldNeutralisedIds() throws InvalidInputException {
        Written written = write(true);
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(written.output().get(2 * i + 1).get(0)).isEqualTo("'" + FORMULAS.get(i));
            assertThat(written.output().get(2 * i + 2).get(0)).isEqualTo("'" + FORMULAS.get(i));
            assertThat(written.errors().get(i + 1).get(0)).isEqualTo("'" + FORMULAS.get(i));
        }
        assertThat(written.output().get(1).subList(1, 10))
                .as("the batch's own columns as they are")
                .containsExactly("2", "2026-11-27", "60", "false", "60", "false", "20", "false", "");
        int plainFrom = 2 * FORMULAS.size() + 1;
        for (int i = 0; i < PLAIN.size(); i++) {
            assertThat(written.output().get(plainFrom + 2 * i).get(0)).isEqualTo(PLAIN.get(i));
        }
    }

    @Test
    void otherwiseOnlyTheErrorsFileIsNeutralisedAndTheOutputKeepsTheIdsAsGiven() throws InvalidInputException {
        Written written = write(false);
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(written.output().get(2 * i + 1).get(0)).isEqualTo(FORMULAS.get(i));
            assertThat(written.output().get(2 * i + 2).get(0)).isEqualTo(FORMULAS.get(i));
            assertThat(written.errors().get(i + 1).get(0)).isEqualTo("'" + FORMULAS.get(i));
        }
    }

    private record Written(List<List<String>> output, List<List<String>> errors) {
    }

    /** Each id in a scored row and then an invalid one; the rows of the output and of the errors file. */
    private static Written write(boolean forSpreadsheet) throws InvalidInputException {
        BatchLayout layout = BatchLayout.of(List.of("id", "birthDate", "annualSalaryYen", "degrees.0.level"),
                EnumSet.allOf(Category.class), LineDelimiter.CRLF, forSpreadsheet);
        StringBuilder output = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        layout.appendOutputHeader(output);
        layout.appendErrorsHeader(errors);
        BatchRows rows = layout.rows(READER, ENGINE, output, errors);
        long line = 2;
        List<String> ids = new ArrayList<>(FORMULAS);
        ids.addAll(PLAIN);
        for (String id : ids) {
            assertThat(rows.score(CsvCells.of(List.of(id, "1994-03-10", "8000000", "MASTER")), line++)).isTrue();
            assertThat(rows.score(CsvCells.of(List.of(id, "1994-02-30", "8000000", "MASTER")), line++)).isFalse();
        }
        return new Written(records(output), records(errors));
    }

    private static List<List<String>> records(CharSequence csv) {
        List<List<String>> records = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(csv.toString())) {
            records.add(record.getFields());
        }
        return records;
    }
}
