package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hsp batch} never writes for a spreadsheet a cell that the spreadsheet would run as a formula. */
class BatchFormulaCellsTest {

    private static final String CSV = "id,referenceDate,birthDate,annualSalaryYen\n"
            + "\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",2026-11-27,1994-03-10,8000000\n"
            + "@SUM(A1:A9),2026-11-27,1994-02-30,8000000\n";

    @TempDir
    Path dir;

    @Test
    void excelOutputAndTheErrorsFileHoldTheIdsAsText() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), CSV);
        Path out = dir.resolve("out.csv");
        Path errors = dir.resolve("errors.csv");
        Run run = Cli.run("batch", in.toString(), "-o", out.toString(), "--errors", errors.toString(), "--excel");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(output).contains("\r\n\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",2,2026-11-27,")
                .contains("\r\n'@SUM(A1:A9),3,");
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("\r\n'@SUM(A1:A9),3,");
    }

    @Test
    void withoutExcelTheOutputKeepsTheIdsButTheErrorsFileIsStillForPeople() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), CSV);
        Path errors = dir.resolve("errors.csv");
        Run run = Cli.run("batch", in.toString(), "-o", "-", "--errors", errors.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("\n\"=HYPERLINK(", "\n@SUM(A1:A9),3,");
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("\n'@SUM(A1:A9),3,");
    }
}
