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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hsp batch} on CSV files: the edge cases of the format, the exit codes and the options. */
class BatchCommandTest {

    private static final String HEADER = "id,referenceDate,birthDate,annualSalaryYen";

    @TempDir
    Path dir;

    private Path in;
    private Path out;

    private Run batch(String csv, String... options) throws IOException {
        return batch(csv.getBytes(StandardCharsets.UTF_8), options);
    }

    private Run batch(byte[] csv, String... options) throws IOException {
        in = dir.resolve("in.csv");
        out = dir.resolve("out.csv");
        Files.write(in, csv);
        List<String> args = new ArrayList<>(List.of("batch", in.toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theExampleFileScoresLikeTheReadmeAndReportsItsInvalidRow() {
        Path example = CaseFiles.repositoryRoot().resolve("examples/candidates.csv");
        Path output = dir.resolve("scores.csv");
        Run run = Cli.run("batch", example.toString(), "-o", output.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp batch: 6 rows, 5 valid, 1 invalid in ");
        List<Map<String, String>> rows = BatchFiles.rows(output);
        assertThat(rows).extracting(row -> row.get("id"))
                .containsExactly("A-001", "A-002", "A-003", "A-004", "A-005", "A-006");
        assertThat(rows.get(0)).containsEntry("SPECIALIZED_TECHNICAL.points", "80")
                .containsEntry("SPECIALIZED_TECHNICAL.eligible", "true")
                .containsEntry("ACADEMIC_RESEARCH.points", "70")
                .containsEntry("bestCategory", "SPECIALIZED_TECHNICAL").containsEntry("error", "");
        assertThat(rows.get(1)).containsEntry("SPECIALIZED_TECHNICAL.points", "70");
        assertThat(rows.get(2)).containsEntry("ACADEMIC_RESEARCH.points", "110")
                .containsEntry("bestCategory", "ACADEMIC_RESEARCH");
        assertThat(rows.get(5)).containsEntry("line", "7").containsEntry("SPECIALIZED_TECHNICAL.points", "")
                .containsEntry("bestCategory", "");
        assertThat(rows.get(5).get("error")).startsWith("line 7: ")
                .contains("birthDate: \"1991-04-31\" is not a real date", "degrees.0.level: unknown value \"PHD\"");
    }

    @Test
    void theSummaryAndTheHeaderProblemsSpeakTheLanguageOfLangWhileTheCsvStaysAsItIs() throws IOException {
        Path example = CaseFiles.repositoryRoot().resolve("examples/candidates.csv");
        Path english = dir.resolve("english.csv");
        Path korean = dir.resolve("korean.csv");
        Cli.run("batch", example.toString(), "-o", english.toString());
        Run run = Cli.run("batch", "--lang", "ko", example.toString(), "-o", korean.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("hsp batch: 6행(유효 5행, 무효 1행), ").contains("초 소요(초당 ");
        assertThat(Files.readString(korean)).isEqualTo(Files.readString(english));

        Run header = batch("birthDate;annualSalaryYen,nickname\n", "--lang", "ja");
        assertThat(header.err()).startsWith("hsp batch: " + in + "の見出し行に誤りがある。何も計算していない：")
                .contains("  1行目：列 nickname: ", "  ヒント：見出し行にカンマとセミコロンが混在している。");
        String withBlankRow = HEADER + "\nA,2026-11-27,1994-03-10,8000000\n,,,\nB,2026-11-27,1994-03-10,8000000\n";
        assertThat(batch(withBlankRow, "--lang", "zh").err())
                .startsWith("hsp batch: 2行（有效 2 行，无效 0 行，跳过空行 1行），用时 ");
        assertThat(batch(withBlankRow).err()).startsWith("hsp batch: 2 rows, 2 valid, 0 invalid, 1 blank row skipped in ");
    }

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaks() throws IOException {
        Run run = batch(HEADER + ",degrees.0.level,degrees.0.field\n"
                + "\"Yamada, Taro \"\"T\"\"\",2026-11-27,1994-03-10,8000000,MASTER,\"Law, international\nand comparative\"\n"
                + "next,2026-11-27,1994-03-10,8000000,,\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).extracting(row -> row.get("id")).containsExactly("Yamada, Taro \"T\"", "next");
        assertThat(rows.get(0)).containsEntry("ACADEMIC_RESEARCH.points", "60");
        assertThat(rows.get(1)).as("the second record starts on line 4, after the quoted line break")
                .containsEntry("line", "4");
    }

    @Test
    void idsThatCsvQuotesAreQuotedAmongPlainOnesInOrder() throws IOException {
        Run run = batch(HEADER + "\n\"#1\",2026-11-27,1994-03-10,8000000\nplain,2026-11-27,1994-03-10,8000000\n"
                + "\"a,b\",2026-11-27,1994-03-10,8000000\n,2026-11-27,1994-03-10,8000000\n", "--excel");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The comment sign starts no record unquoted; the rows keep their order; an empty id is an empty field.
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).endsWith("\r\n"
                + "\"#1\",2,2026-11-27,40,false,40,false,0,false,,\r\n"
                + "plain,3,2026-11-27,40,false,40,false,0,false,,\r\n"
                + "\"a,b\",4,2026-11-27,40,false,40,false,0,false,,\r\n"
                + ",5,2026-11-27,40,false,40,false,0,false,,\r\n");
    }

    /**
     * Ids beyond ASCII (Japanese, accented Latin, a character outside the Basic Multilingual Plane
     * written as a surrogate pair, a no-break space) come out in UTF-8 as they came in, whether they
     * start with ASCII or not, in a file as on standard output.
     */
    @Test
    void idsBeyondAsciiComeOutInUtf8InAFileAndOnStandardOutput() throws IOException {
        List<String> ids = List.of("A-001", "山田-7", "id-山田", "Zoë", "𠮷野家-1", "x𠮷", "€", "a\u00a0b");
        String csv = HEADER + "\n" + ids.stream().map(id -> id + ",2026-11-27,1994-03-10,8000000\n")
                .collect(Collectors.joining());
        Run toFile = batch(csv);
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(BatchFiles.rows(out)).extracting(row -> row.get("id")).containsExactlyElementsOf(ids);
        Run toStandardOutput = Cli.run("batch", in.toString(), "-o", "-");
        assertThat(toStandardOutput.out()).isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "\nA,2026-11-27,1994-03-10,8000000\n").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        Run run = batch(both);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(BatchFiles.rows(out)).singleElement().satisfies(row -> assertThat(row).containsEntry("id", "A"));
    }

    @Test
    void shiftJisInputIsReadWithItsEncodingAndRefusedWithoutIt() throws IOException {
        Charset shiftJis = Charset.forName("windows-31j");
        byte[] csv = (HEADER + ",degrees.0.level,degrees.0.field,degrees.1.level,degrees.1.field\n"
                + "山田太郎,2026-11-27,1994-03-10,8000000,DOCTORATE,情報工学,MASTER,経営学\n").getBytes(shiftJis);
        Run run = batch(csv, "--encoding", "windows-31j");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = BatchFiles.rows(out).get(0);
        assertThat(row).containsEntry("id", "山田太郎");
        // Two graduate degrees in different fields earn the multiple-fields bonus only if the text was decoded.
        Run json = Cli.runWithInput("{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1994-03-10\", "
                + "\"annualSalaryYen\": 8000000, \"degrees\": [{\"level\": \"DOCTORATE\", \"field\": \"情報工学\"}, "
                + "{\"level\": \"MASTER\", \"field\": \"経営学\"}]}", "score", "--json", "-");
        assertThat(json.out()).contains("\"multipleDegrees\"");
        assertThat(row.get("ACADEMIC_RESEARCH.points")).isEqualTo(points(json.out(), "ACADEMIC_RESEARCH"));

        Run wrong = batch(csv);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("not valid UTF-8", "--encoding windows-31j");
    }

    @Test
    void emptyLinesAreSkippedAndLinesCountedAsInTheFile() throws IOException {
        Run run = batch(HEADER + "\n\nA,2026-11-27,1994-03-10,8000000\n\n\nB,2026-11-27,1994-03-10,x\n\n");
        assertThat(run.exitCode()).isEqualTo(3);
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).extracting(row -> row.get("line")).containsExactly("3", "6");
        assertThat(rows.get(1).get("error"))
                .isEqualTo("line 6: annualSalaryYen: expected a number of yen, got the string \"x\"; write digits,"
                        + " as 8000000 or 8,000,000 (a comma separates thousands, a dot starts the fraction)");
    }

    @Test
    void missingOptionalColumnsAndEmptyCellsTakeTheirDefaults() throws IOException {
        Run run = batch("birthDate,annualSalaryYen,careerYears.specializedTechnical,position\n"
                + "1994-03-10,8000000,,\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> row = BatchFiles.rows(out).get(0);
        assertThat(row).containsEntry("id", "").containsEntry("referenceDate", "2026-11-27");
        Run json = Cli.runWithInput("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}", "score",
                "--json", "-");
        for (String category : List.of("ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT")) {
            assertThat(row.get(category + ".points")).isEqualTo(points(json.out(), category));
        }
    }

    @Test
    void anUnknownColumnStopsTheRunBeforeAnyRowAndSuggestsTheField() throws IOException {
        Run run = batch(HEADER + ",careerYear.specializedTechnical,nickname\nA,2026-11-27,1994-03-10,8000000,5,x\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("hsp batch: invalid header in " + in + "; nothing was scored:")
                .contains("  line 1: column careerYear.specializedTechnical: unknown column; did you mean "
                        + "\"careerYears.specializedTechnical\"?")
                .contains("column nickname: unknown column (known columns: id, referenceDate, ")
                .contains("degrees.N.level");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMisspeltListColumnIsSuggestedWithItsIndex() throws IOException {
        Run run = batch(HEADER + ",degrees.1.levl\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("column degrees.1.levl: unknown column; did you mean \"degrees.1.level\"?");
    }

    @Test
    void aColumnGivenTwiceIsRefused() throws IOException {
        Run run = batch(HEADER + ",birthDate\nA,2026-11-27,1994-03-10,8000000,1990-01-01\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("column birthDate: the column appears twice in the header (columns 3 and 5)");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyFileIsRefusedAndAHeaderAloneGivesAnEmptyResult() throws IOException {
        Run empty = batch("");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("the file is empty; expected a header row");

        Run headerOnly = batch(HEADER + "\n");
        assertThat(headerOnly.exitCode()).isZero();
        assertThat(headerOnly.err()).startsWith("hsp batch: 0 rows, 0 valid, 0 invalid in ");
        assertThat(BatchFiles.rows(out)).isEmpty();
        assertThat(BatchFiles.header(out)).startsWith("id", "line", "referenceDate");
    }

    @Test
    void aThousandInvalidRowsInARowNeverStopTheBatch() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("bad").append(i).append(",2026-11-27,1994-02-30,8000000\n");
        }
        csv.append("good,2026-11-27,1994-03-10,8000000\n");
        Run run = batch(csv.toString(), "--chunk-rows", "64");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("hsp batch: 1001 rows, 1 valid, 1000 invalid in ");
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).hasSize(1001);
        assertThat(rows.subList(0, 1000)).allSatisfy(row -> assertThat(row.get("error"))
                .isEqualTo("line " + row.get("line") + ": birthDate: \"1994-02-30\" is not a real date"));
        assertThat(rows.get(1000)).containsEntry("id", "good").containsEntry("error", "");
    }

    @Test
    void aRowWithTooManyOrTooFewCellsIsAnInvalidRow() throws IOException {
        Run run = batch(HEADER + "\nA,2026-11-27,1994-03-10,8000000,extra\nB,2026-11-27\nC,2026-11-27,1994-03-10,8000000\n");
        assertThat(run.exitCode()).isEqualTo(3);
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows.get(0).get("error")).isEqualTo("line 2: 5 cells, but the header has 4 columns");
        assertThat(rows.get(1).get("error")).isEqualTo("line 3: 2 cells, but the header has 4 columns");
        assertThat(rows.get(2)).containsEntry("error", "").containsEntry("id", "C");
    }

    @Test
    void twentyThousandRowsComeBackInTheirOrderWhateverThreadScoredThem() throws IOException {
        String csv = IntStream.range(0, 20_000)
                .mapToObj(i -> "R" + i + ",2026-11-27," + (1950 + i % 50) + "-03-10," + (3_000_000 + i * 1000L)
                        + (i % 97 == 0 ? "x" : ""))
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
        Run run = batch(csv, "--chunk-rows", "7");
        assertThat(run.exitCode()).isEqualTo(3);
        List<Map<String, String>> rows = BatchFiles.rows(out);
        assertThat(rows).hasSize(20_000);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("id")).isEqualTo("R" + i);
            assertThat(rows.get(i).get("line")).isEqualTo(Integer.toString(i + 2));
            assertThat(rows.get(i).get("error").isEmpty()).as("row " + i + " valid").isEqualTo(i % 97 != 0);
        }
    }

    @Test
    void theErrorsFileHoldsTheInvalidRowsOnly() throws IOException {
        Path errors = dir.resolve("errors.csv");
        Run run = batch(HEADER + "\nA,2026-11-27,1994-03-10,8000000\nB,2026-11-27,1994-03-10,-5\nC,2026-11-27,,8000000\n",
                "--errors", errors.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(errors)).isEqualTo("id,line,error\n"
                + "B,3,\"line 3: annualSalaryYen: must not be negative, got -5\"\n"
                + "C,4,\"line 4: birthDate: required field is missing (the applicant's date of birth, YYYY-MM-DD)\"\n");
    }

    @Test
    void excelOutputStartsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        Run run = batch(HEADER + "\nA,2026-11-27,1994-03-10,8000000\n", "--excel");
        assertThat(run.exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("id,line,referenceDate,").endsWith(",\r\n");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void withoutExcelTheOutputHasNoByteOrderMark() throws IOException {
        batch(HEADER + "\nA,2026-11-27,1994-03-10,8000000\n");
        assertThat(Files.readAllBytes(out)[0]).isEqualTo((byte) 'i');
    }

    @Test
    void aCategoryNarrowsTheColumnsAndTheBestCategory() throws IOException {
        Run run = batch(HEADER + ",degrees.0.level,japaneseLanguage.jlpt\nA,2026-11-27,1988-02-15,6500000,DOCTORATE,N1\n",
                "--category", "BUSINESS_MANAGEMENT");
        assertThat(run.exitCode()).isZero();
        assertThat(BatchFiles.header(out)).containsExactly("id", "line", "referenceDate", "BUSINESS_MANAGEMENT.points",
                "BUSINESS_MANAGEMENT.eligible", "bestCategory", "error");
        assertThat(BatchFiles.rows(out).get(0)).containsEntry("bestCategory", "");
    }

    @Test
    void aDateOverridesEveryRowsReferenceDateAsInScore() throws IOException {
        Run run = batch(HEADER + "\nA,2020-01-01,1997-06-01,8000000\n", "--date", "2027-06-01");
        assertThat(run.exitCode()).isZero();
        Map<String, String> row = BatchFiles.rows(out).get(0);
        assertThat(row).containsEntry("referenceDate", "2027-06-01");
        Run json = Cli.runWithInput("{\"referenceDate\": \"2020-01-01\", \"birthDate\": \"1997-06-01\", "
                + "\"annualSalaryYen\": 8000000}", "score", "--json", "--date", "2027-06-01", "-");
        assertThat(row.get("SPECIALIZED_TECHNICAL.points")).isEqualTo(points(json.out(), "SPECIALIZED_TECHNICAL"));
        assertThat(batch(HEADER + "\n", "--date", "2027-02-30").err())
                .isEqualTo("hsp batch: --date: \"2027-02-30\" is not a real date" + System.lineSeparator());
    }

    @Test
    void booleansAreTrueOrFalseInAnyCaseAndNothingElse() throws IOException {
        Run run = batch(HEADER + ",growthFieldProject\nA,2026-11-27,1994-03-10,8000000,TRUE\n"
                + "B,2026-11-27,1994-03-10,8000000,false\nC,2026-11-27,1994-03-10,8000000,1\n");
        assertThat(run.exitCode()).isEqualTo(3);
        List<Map<String, String>> rows = BatchFiles.rows(out);
        int withGrowthField = Integer.parseInt(rows.get(0).get("SPECIALIZED_TECHNICAL.points"));
        int without = Integer.parseInt(rows.get(1).get("SPECIALIZED_TECHNICAL.points"));
        assertThat(withGrowthField).isEqualTo(without + 10);
        assertThat(rows.get(2).get("error"))
                .isEqualTo("line 4: growthFieldProject: expected true or false, got the string \"1\"");
    }

    @Test
    void standardInputAndOutputWorkWithDashes() {
        Run run = Cli.runWithInput(HEADER + "\nA,2026-11-27,1994-03-10,8000000\n", "batch", "-", "-o", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(BatchFiles.rows(run.out())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("id", "A").containsEntry("line", "2"));
        assertThat(run.err()).startsWith("hsp batch: 1 row, 1 valid, 0 invalid in ").endsWith(" rows/s)"
                + System.lineSeparator());
    }

    @Test
    void usageAndFileProblemsExitWithTwo() throws IOException {
        assertThat(Cli.run("batch", dir.resolve("missing.csv").toString(), "-o", "x.csv").err())
                .contains("missing.csv: no such file");
        assertThat(Cli.run("batch", "in.csv").exitCode()).isEqualTo(2);
        Run sameFile = batch(HEADER + "\n");
        assertThat(sameFile.exitCode()).isZero();
        Run overwrite = Cli.run("batch", in.toString(), "-o", in.toString());
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("is the input file");
        assertThat(Files.readString(in)).isEqualTo(HEADER + "\n");
        Run encoding = batch(HEADER + "\n", "--encoding", "EBCDIC-9");
        assertThat(encoding.exitCode()).isEqualTo(2);
        assertThat(encoding.err()).contains("--encoding: unknown encoding \"EBCDIC-9\"");
    }

    /** The points of a category in the JSON printed by {@code hsp score --json}. */
    static String points(String json, String category) {
        int at = json.indexOf("\"category\" : \"" + category + "\"");
        assertThat(at).as("assessment of " + category + " in " + json).isNotNegative();
        int points = json.indexOf("\"points\" : ", at) + "\"points\" : ".length();
        return json.substring(points, json.indexOf(',', points)).trim();
    }
}
