package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows whose cells are all empty or blank, as a spreadsheet writes them below its data, are no
 * applicants: {@code hsp batch} skips them as it skips empty lines, and counts them in its summary.
 */
class BatchBlankRowsTest {

    private static final String HEADER = "id,referenceDate,birthDate,annualSalaryYen";

    @TempDir
    Path dir;

    @Test
    void blankRowsBelowAndBetweenTheDataAreSkippedAndCounted() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "\r\n"
                + "A,2026-11-27,1994-03-10,8000000\r\n"
                + ",,,\r\n"
                + " , ,\t,\u3000\r\n"
                + "B,2026-11-27,1994-03-10,8000000\r\n"
                + ",,,\r\n"
                + "\"\",\"\",,\r\n");
        Path out = dir.resolve("out.csv");
        Run run = Cli.run("batch", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("hsp batch: 2 rows, 2 valid, 0 invalid, 4 blank rows skipped in ");
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).extracting(row -> row.get("id")).containsExactly("A", "B");
        assertThat(rows).extracting(row -> row.get("line")).as("lines counted as in the file").containsExactly("2", "5");
    }

    @Test
    void oneBlankRowIsSaidInTheSingularAndInvalidRowsStillCount() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "\n"
                + "A,2026-11-27,1994-02-30,8000000\n,,,\n");
        Run run = Cli.run("batch", in.toString(), "-o", dir.resolve("out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("hsp batch: 1 row, 0 valid, 1 invalid, 1 blank row skipped in ");
    }

    @Test
    void aRowWithAnyFilledCellIsStillARowAndWithoutBlankRowsTheSummaryIsAsBefore() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), HEADER + "\n,,,8000000\n");
        Run run = Cli.run("batch", in.toString(), "-o", dir.resolve("out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("hsp batch: 1 row, 0 valid, 1 invalid in ");
    }
}
