package org.hspnavigator.report.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.report.ReportLanguage;
import tools.jackson.databind.JsonNode;

/** What the report tests share: profiles read as {@code hsp score} reads them, sheets written and read back. */
public final class SheetPdfFixture {

    public static final PointsEngine ENGINE = PointsEngine.official();
    public static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(Clock.systemUTC(), ENGINE.ruleBook().earliestDate()));
    private static final AssessmentJson JSON = new AssessmentJson(Explanations.english());
    public static final Instant CREATED = Instant.parse("2026-11-27T01:02:03Z");

    private SheetPdfFixture() {
    }

    /** The assessment JSON of {@code hsp score --json}: what the reports are checked against. */
    public static JsonNode assessmentJson(ScoreResult result) {
        try {
            return StrictJson.parse(JSON.text(result));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Profile profile(JsonNode input) {
        List<Violation> violations = new ArrayList<>();
        return READER.read(input, "", violations)
                .orElseThrow(() -> new AssertionError("the case input is invalid: " + violations));
    }

    public static Profile example(String name) {
        Path file = org.hspnavigator.formats.cases.CaseFiles.repositoryRoot().resolve("examples").resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileDocuments.read(in, READER).profiles().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static byte[] pdf(ScoreResult result, Profile profile, Category category, ReportLanguage language) {
        return new PointSheetPdf(language).write(PointSheets.of(result, profile, category), CREATED);
    }

    /** The text of each page of a PDF in reading order, one line of the page per line. */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF in reading order, one line of the page per line. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
