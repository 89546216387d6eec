package org.hspnavigator.report.writer;

import java.time.Instant;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.PointSheetPdf;
import org.hspnavigator.report.sheet.PointSheets;
import org.hspnavigator.report.summary.ApplicantSummaries;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.summary.SummaryPdf;

/**
 * Writes a report of one applicant as PDF: the profile scored on its reference date (a case's profile
 * on the date asked for), the category asked for or else the engine's default one. Safe to share
 * between threads: every report is built from scratch, and the fonts are lent to one document at a time.
 */
public final class ReportWriter {

    private final PointsEngine engine;
    private final ApplicantSummaries summaries;
    private final SheetSource sheetSource;

    /** A writer whose summaries point their reader to the point calculation sheet at {@code sheetSource}. */
    public ReportWriter(PointsEngine engine, ApplicantSummaries summaries, SheetSource sheetSource) {
        this.engine = engine;
        this.summaries = summaries;
        this.sheetSource = sheetSource;
    }

    /** The writer of the official rules, for reports whose reader gets the sheet at {@code sheetSource}. */
    public static ReportWriter official(SheetSource sheetSource) {
        return new ReportWriter(PointsEngine.official(), ApplicantSummaries.official(), sheetSource);
    }

    /**
     * The report of {@code kind} of {@code profile}; {@code applicant}, the case the profile comes from,
     * adds the permanent-residence dates to a summary.
     */
    public byte[] write(ReportKind kind, ReportLanguage language, Profile profile, Optional<ApplicantCase> applicant,
            Optional<Category> category, Instant created) {
        return switch (kind) {
            case SHEET -> {
                ScoreResult result = engine.score(profile);
                yield new PointSheetPdf(language).write(
                        PointSheets.of(result, profile, category.orElseGet(result::defaultCategory)), created);
            }
            case SUMMARY -> new SummaryPdf(language, sheetSource).write(summaries.of(profile, applicant, category),
                    created);
        };
    }
}
