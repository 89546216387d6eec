package org.hspnavigator.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.Cli.Run;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.formats.cases.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hsp report} run as the command line runs it: the PDF written, and every bad input refused with exit 2. */
class ReportCommandTest {

    private static final String ZHANG = CaseFiles.repositoryRoot().resolve("examples/mr-zhang.json").toString();
    private static final String CASE_ZHANG = CaseFiles.repositoryRoot().resolve("examples/case-zhang.json").toString();

    @TempDir
    Path dir;

    @Test
    void writesTheJapaneseSheetOfTheBestCategoryByDefault() throws IOException {
        Path pdf = dir.resolve("zhang.pdf");
        Run run = Cli.run("report", ZHANG, "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("hsp report: wrote " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ポイント計算表", "高度専門・技術活動", "学歴", "修士号又は専門職学位取得者", "合計");
            assertThat(text.lines()).anyMatch(line -> line.startsWith("合計") && line.endsWith(" 80"));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Cli.CLOCK.instant());
        }
        assertThat(dir).isDirectoryContaining(path -> path.equals(pdf));
        try (var files = Files.list(dir)) {
            assertThat(files).as("no partial file left").containsExactly(pdf);
        }
    }

    @Test
    void thePdfGetsThePermissionsOfAnyNewFile() throws IOException {
        Path pdf = dir.resolve("zhang.pdf");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Cli.run("report", ZHANG, "-o", pdf.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void writesTheChosenCategoryInEnglish() throws IOException {
        Path pdf = dir.resolve("zhang-bm.pdf");
        Run run = Cli.run("report", "--lang", "en", "--category", "business_management", ZHANG, "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Point calculation table", "高度経営・管理活動", "学歴 · Academic background");
            assertThat(text.lines()).anyMatch(line -> line.startsWith("Total") && line.endsWith(" 30"));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void aCaseGivesTheSummaryWithThePermanentResidenceDates() throws IOException {
        Path pdf = dir.resolve("zhang-summary.pdf");
        Run run = Cli.run("report", "--kind", "summary", "--lang", "en", "--date", "2026-11-27", CASE_ZHANG,
                "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Applicant summary", "Permanent residence (永住許可)", "70 points (70点), 3 years",
                    "met on 2026-11-27", "Points forecast", "Documents to prepare (疎明資料)");
            assertThat(text).doesNotContain("hold no residence in Japan");
        }
    }

    @Test
    void aCaseGivesTheSheetOfItsSnapshotOnTheDate() throws IOException {
        Path pdf = dir.resolve("zhang-case-sheet.pdf");
        Run run = Cli.run("report", "--date", "2023-06-01", CASE_ZHANG, "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            // The snapshot of 2023-05-01: ¥7,000,000, three years of experience.
            assertThat(text).contains("ポイント計算表", "2023年6月1日", "700万円以上800万円未満");
        }
    }

    @Test
    void aDateBeforeTheCasesFirstSnapshotIsRefused() {
        Run run = Cli.run("report", "--date", "2021-01-01", CASE_ZHANG, "-o", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp report: --date: 2021-01-01 is before the case's first snapshot (2022-04-01)");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Run run = Cli.run("report", "--kind", "letter", ZHANG, "-o", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp report: --kind: expected one of sheet, summary, got \"letter\"");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Run run = Cli.run("report", "--lang", "fr", ZHANG, "-o", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).startsWith("hsp report: --lang: expected one of ja, en, zh, zh-Hant, ko, got \"fr\"");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theOutputFileIsRequired() {
        Run run = Cli.run("report", ZHANG);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Missing required option: '--output=FILE.pdf'");
    }

    @Test
    void anArrayOfProfilesIsRefusedNamingTheRoot() {
        Run run = Cli.runWithInput("[{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 8000000}]",
                "report", "-", "-o", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("$: expected one profile object");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anInvalidProfileNamesTheField() {
        Run run = Cli.runWithInput("{\"birthDate\": \"1990-02-30\", \"annualSalaryYen\": 8000000}",
                "report", "-", "-o", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("birthDate: \"1990-02-30\" is not a real date");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsReportedWithoutAStackTrace() {
        Path pdf = dir.resolve("no-such-folder").resolve("x.pdf");
        Run run = Cli.run("report", ZHANG, "-o", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp report: cannot write " + pdf + ": its folder does not exist" + System.lineSeparator());
    }

    /**
     * A failure of the file system the command cannot foresee (here a "folder" that is a file; a read-only
     * file system or a full disk likewise, run by bench/readonly.sh) is reported with the file and the
     * system's reason and exit 2, never as an internal error; nothing is left beside the target.
     */
    @Test
    void aFileSystemFailureNamesTheFileAndTheSystemsReason() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        Path pdf = notAFolder.resolve("x.pdf");
        Run run = Cli.run("report", ZHANG, "-o", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("hsp report: cannot write " + pdf + ": not a directory" + System.lineSeparator());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void aFolderIsNotAnOutputFile() {
        Run run = Cli.run("report", ZHANG, "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("cannot write " + dir + ": is a directory");
    }
}
