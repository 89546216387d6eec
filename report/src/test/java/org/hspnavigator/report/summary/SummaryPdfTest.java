package org.hspnavigator.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.SheetPdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The applicant summary of the examples: its text against the engine (the three categories' points,
 * the best one, the advisor's first change, the permanent-residence dates of the case) and its pages
 * rendered to PNG under {@code target/reports/} to be looked at.
 */
class SummaryPdfTest {

    private static final ApplicantSummaries SUMMARIES = ApplicantSummaries.official();

    static ApplicantCase caseZhang() {
        Path file = CaseFiles.repositoryRoot().resolve("examples").resolve("case-zhang.json");
        try (InputStream in = Files.newInputStream(file)) {
            return new CaseReader(new ReferenceDates(Clock.systemUTC(), SheetPdfFixture.ENGINE.ruleBook().earliestDate())).read(in);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] pdf(ApplicantSummary summary, ReportLanguage language) {
        return new SummaryPdf(language, SheetSource.COMMAND_LINE).write(summary, SheetPdfFixture.CREATED);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"mr-zhang, JA", "mr-zhang, EN", "mr-zhang, ZH", "mr-zhang, ZH_HANT", "mr-zhang, KO",
        "ms-li, JA", "ms-li, EN", "ms-li, ZH", "ms-li, ZH_HANT", "ms-li, KO",
        "dr-wang, JA", "dr-wang, EN", "dr-wang, ZH", "dr-wang, ZH_HANT", "dr-wang, KO"})
    void theSummaryOfEachExampleShowsTheEnginesPointsAndRenders(String example, ReportLanguage language)
            throws IOException {
        Profile profile = SheetPdfFixture.example(example + ".json");
        ApplicantSummary summary = SUMMARIES.of(profile, Optional.empty(), Optional.empty());
        byte[] pdf = pdf(summary, language);
        String text = SheetPdfFixture.text(pdf);
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        assertThat(summary.best()).isEqualTo(result.defaultCategory());
        for (Assessment assessment : result.assessments()) {
            // The category's row: its name, status and points, the verdict beside them.
            assertThat(text.lines()).as("%s in %s", assessment.category(), language)
                    .anyMatch(line -> line.contains(assessment.category().officialName())
                            && line.contains(" " + assessment.points() + " "));
        }
        assertThat(text).contains(new SummaryTexts(language).text("best",
                new SummaryTexts(language).sheet().categoryName(result.defaultCategory())));
        render(pdf, "summary-" + example + "-" + language.tag());
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theCaseOfMrZhangGivesThePermanentResidenceDates(ReportLanguage language) throws IOException {
        ApplicantCase applicant = caseZhang();
        LocalDate date = LocalDate.of(2026, 11, 27);
        Profile profile = applicant.profileOn(date).orElseThrow();
        ApplicantSummary summary = SUMMARIES.of(profile, Optional.of(applicant), Optional.empty());
        assertThat(summary.permanentResidence()).isPresent();
        byte[] pdf = pdf(summary, language);
        String text = SheetPdfFixture.text(pdf);
        SummaryTexts texts = new SummaryTexts(language);
        for (var route : summary.permanentResidence().get().routes()) {
            String status = route.met() ? texts.text("pr.met", date)
                    : route.earliestDate().map(day -> texts.text("pr.earliest", day)).orElse(texts.text("pr.never"));
            assertThat(text).as(route.route().name()).contains(texts.text("pr.route." + route.route().name()))
                    .contains(status);
        }
        render(pdf, "summary-case-zhang-" + language.tag());
    }

    @Test
    void theAdvisorsFirstChangeAndTheForecastAreShown() {
        Profile profile = SheetPdfFixture.example("ms-li.json");
        ApplicantSummary summary = SUMMARIES.of(profile, Optional.empty(), Optional.empty());
        String text = SheetPdfFixture.text(pdf(summary, ReportLanguage.EN));
        if (!summary.advice().reached()) {
            assertThat(summary.advice().suggestions()).isNotEmpty();
            String first = new SummaryTexts(ReportLanguage.EN).message(
                    summary.advice().suggestions().get(0).changes().get(0).lever().description());
            assertThat(text.replace("\n", " ")).contains(first.substring(0, Math.min(30, first.length())));
        }
        assertThat(text).contains("Points forecast", "Towards " + summary.advice().target() + " points",
                "Documents to prepare (疎明資料)", "hold no residence in Japan");
    }

    @Test
    void aChosenCategoryIsTheSummarysCategory() {
        Profile profile = SheetPdfFixture.example("dr-wang.json");
        ApplicantSummary summary = SUMMARIES.of(profile, Optional.empty(), Optional.of(Category.BUSINESS_MANAGEMENT));
        assertThat(summary.best()).isEqualTo(Category.BUSINESS_MANAGEMENT);
        assertThat(summary.advice().category()).isEqualTo(Category.BUSINESS_MANAGEMENT);
    }

    private static void render(byte[] pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as(name).isBetween(1, 2);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                ImageIO.write(image, "png", folder.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** A summary downloaded from a web page tells where the sheet is there, and only one of the command line names the command. */
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theNoteOnTheDocumentsPointsToTheSheetWhereTheReaderIs(ReportLanguage language) throws IOException {
        ApplicantSummary summary = SUMMARIES.of(SheetPdfFixture.example("mr-zhang.json"), Optional.empty(), Optional.empty());
        SummaryTexts texts = new SummaryTexts(language);
        for (SheetSource source : SheetSource.values()) {
            String text = SheetPdfFixture.text(new SummaryPdf(language, source).write(summary, SheetPdfFixture.CREATED));
            String note = texts.text(source.noteKey(), summary.bestSheet().assessment().passMark());
            assertThat(text.replaceAll("\\s", "")).as("%s in %s", source, language).contains(note.replaceAll("\\s", ""));
            if (source == SheetSource.COMMAND_LINE) {
                assertThat(note).contains("hsp report --kind sheet");
            } else {
                assertThat(text).as("%s in %s", source, language).doesNotContain("hsp report").doesNotContain("--kind");
            }
        }
    }
}
