package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The habits of spreadsheets kept in Japan, in the cells of {@code hsp batch}: read when their meaning
 * is certain, refused with the accepted form when it is not; and JSON stays strict.
 */
class BatchSpreadsheetFormsTest {

    private static final String HEADER = "id,referenceDate,birthDate,annualSalaryYen,japaneseLanguage.jlpt,"
            + "careerYears.specializedTechnical,foreignQualification";
    private static final String STRICT = "2026-12-01,1994-03-10,8000000,N2,5,true";

    @TempDir
    Path dir;

    private Run batch(String csv) throws IOException {
        return batch(csv, StandardCharsets.UTF_8);
    }

    private Run batch(String csv, Charset charset, String... options) throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), csv, charset);
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), "-o", "-"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void slashedDatesThousandsCommasFullWidthDigitsAndSpacesScoreAsTheStrictForms() throws IOException {
        Run run = batch(HEADER + "\n"
                + "strict," + STRICT + "\n"
                + "slashes,2026/12/01,1994/3/10,8000000,N2,5,true\n"
                + "commas,2026-12-01,1994-03-10,\"8,000,000\",N2,5,true\n"
                + "full-width,２０２６／１２／０１,１９９４－０３－１０,８０００００0,Ｎ２,５,ＴＲＵＥ\n"
                + "spaces, 2026-12-01 ,1994-03-10 , 8000000 ,N2 , 5 , true \n"
                + "ideographic spaces,\u30002026-12-01\u3000,1994-03-10,\"８，０００，０００\",\u3000N2,5.0,true\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = BatchFiles.rows(run.out());
        assertThat(rows).hasSize(6);
        Map<String, String> strict = rows.get(0);
        for (Map<String, String> row : rows) {
            assertThat(row).as(row.get("id")).containsEntry("referenceDate", "2026-12-01")
                    .containsEntry("SPECIALIZED_TECHNICAL.points", strict.get("SPECIALIZED_TECHNICAL.points"))
                    .containsEntry("ACADEMIC_RESEARCH.points", strict.get("ACADEMIC_RESEARCH.points"))
                    .containsEntry("error", "");
        }
    }

    @Test
    void ambiguousFormsAreRefusedWithTheAcceptedForm() throws IOException {
        Run run = batch(HEADER + "\n"
                + "year last,01/12/2026,1994-03-10,8000000,N2,5,true\n"
                + "decimal comma,2026-12-01,1994-03-10,8000000,N2,\"5,5\",true\n"
                + "dots,2026-12-01,1994-03-10,8.000.000,N2,5,true\n"
                + "not a day,2026/02/30,1994-03-10,8000000,N2,5,true\n"
                + "bad groups,2026-12-01,1994-03-10,\"80,00,000\",N2,5,true\n"
                + "lower case,2026-12-01,1994-03-10,8000000,n2 ,5,true\n");
        assertThat(run.exitCode()).isEqualTo(3);
        List<Map<String, String>> rows = BatchFiles.rows(run.out());
        assertThat(rows.get(0).get("error")).contains(
                "referenceDate: \"01/12/2026\" is not a date in the form YYYY-MM-DD (2026/12/01 is read too)");
        assertThat(rows.get(1).get("error")).contains("careerYears.specializedTechnical: expected a number",
                "got the string \"5,5\"; write digits, as 8000000 or 8,000,000 (a comma separates thousands, a dot starts the fraction)");
        assertThat(rows.get(2).get("error")).contains("annualSalaryYen: expected a number of yen, got the string \"8.000.000\"; write digits");
        assertThat(rows.get(3).get("error")).contains("referenceDate: \"2026/02/30\" is not a real date");
        assertThat(rows.get(4).get("error")).contains("got the string \"80,00,000\"; write digits");
        assertThat(rows.get(5).get("error")).contains("unknown value \"n2\"; did you mean \"N2\"? Values are upper case");
    }

    @Test
    void aFileSeparatedBySemicolonsIsReadAsSuch() throws IOException {
        Run run = batch(HEADER.replace(',', ';') + "\r\n"
                + "A;2026/12/01;1994-03-10;8,000,000;N2;5;TRUE\r\n"
                + "\"B; quoted\";2026-12-01;1994-03-10;8000000;N2;5;true\r\n", Charset.forName("windows-31j"),
                "--encoding", "windows-31j");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = BatchFiles.rows(run.out());
        assertThat(rows).extracting(row -> row.get("id")).containsExactly("A", "B; quoted");
        assertThat(rows.get(0).get("SPECIALIZED_TECHNICAL.points")).isEqualTo(rows.get(1).get("SPECIALIZED_TECHNICAL.points"));
    }

    @Test
    void aHeaderWithBothSeparatorsIsRefusedWithAHint() throws IOException {
        Run run = batch("id;referenceDate,birthDate;annualSalaryYen\nA;2026-12-01,1994-03-10;8000000\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("hint: the header holds commas and semicolons");
    }

    @Test
    void jsonStaysStrict() {
        Run run = Cli.runWithInput("{\"referenceDate\": \"2026/12/01\", \"birthDate\": \" 1994-03-10\","
                + " \"annualSalaryYen\": \"8,000,000\", \"japaneseLanguage\": {\"jlpt\": \"N2 \"}}", "score", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("referenceDate: \"2026/12/01\" is not a date in the form YYYY-MM-DD",
                "birthDate: \" 1994-03-10\" is not a date in the form YYYY-MM-DD",
                "annualSalaryYen: expected a number of yen, got the string \"8,000,000\"",
                "japaneseLanguage.jlpt: unknown value \"N2 \"")
                .doesNotContain("is read too", "write digits");
    }
}
