package org.hspnavigator.report.summary;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Suggestion;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.permanent.UncountedExperience;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.pdf.PageFlow;
import org.hspnavigator.report.pdf.ReportDocument;
import org.hspnavigator.report.sheet.SheetSection;

/**
 * Draws an {@link ApplicantSummary} as a PDF of one or two A4 pages: the three categories compared
 * with the best one marked, the advisor's top changes towards the next goal, the points forecast as a
 * chart, the permanent-residence dates of a case, and the documents that prove the points. The text is
 * real text in embedded fonts: it can be selected, searched and extracted.
 */
public final class SummaryPdf {

    /** The changes shown: the advisor ranks them, an applicant reads the first few. */
    static final int TOP_CHANGES = 3;
    private static final float TITLE_SIZE = 16f;
    private static final float HEADING_SIZE = 10.5f;
    private static final float BODY_SIZE = 8.5f;
    private static final float SMALL_SIZE = 7f;
    private static final float ROW = 11f;
    private static final float SMALL_ROW = 8.8f;
    private static final float SHADE = 0.88f;
    private static final float BAND = 0.94f;
    private static final String MARK = "●";
    /** A heading's band with the space above and below it. */
    private static final float HEADING_HEIGHT = 6f + ROW + 5f;

    private final SummaryTexts texts;
    private final SheetSource sheetSource;

    /** A summary in {@code language} whose note on the documents points to the sheet at {@code sheetSource}. */
    public SummaryPdf(ReportLanguage language, SheetSource sheetSource) {
        this.texts = new SummaryTexts(language);
        this.sheetSource = sheetSource;
    }

    /** The PDF of {@code summary}, its creation date {@code created}. */
    public byte[] write(ApplicantSummary summary, Instant created) {
        String footerText = texts.text("title") + " · " + texts.sheet().date(summary.result().referenceDate());
        ReportDocument.Information information = new ReportDocument.Information(
                texts.text("document.title", summary.result().referenceDate()), texts.text("subtitle"), created,
                texts.language().tag());
        return ReportDocument.write(texts.language().fonts(), flow -> {
            header(flow, summary);
            categories(flow, summary);
            advice(flow, summary.advice());
            forecast(flow, summary.advice());
            permanentResidence(flow, summary);
            documents(flow, summary);
        }, (page, pages) -> texts.text("footer", footerText, page, pages), information, "applicant summary");
    }

    private void header(PageFlow flow, ApplicantSummary summary) throws IOException {
        flow.down(TITLE_SIZE);
        flow.text(flow.left(), flow.y(), TITLE_SIZE, texts.text("title"));
        flow.down(ROW);
        flow.text(flow.left(), flow.y(), SMALL_SIZE, texts.text("subtitle"));
        flow.down(ROW * 0.4f);
        String[][] facts = {
            {texts.sheet().text("heading.referenceDate"), texts.sheet().date(summary.result().referenceDate())},
            {texts.sheet().text("heading.age"), texts.sheet().text("value.age", summary.result().age())},
            {texts.sheet().text("heading.ruleSet"), summary.result().ruleSet().id()},
        };
        for (String[] fact : facts) {
            flow.down(ROW);
            flow.text(flow.left(), flow.y(), BODY_SIZE, fact[0]);
            flow.text(flow.left() + 90f, flow.y(), BODY_SIZE, fact[1]);
        }
        flow.down(ROW * 0.6f);
    }

    private void heading(PageFlow flow, String text) throws IOException {
        heading(flow, text, ROW * 2);
    }

    /** A part's heading, on the page of the first {@code keptWith} points of what follows it, never alone at a page's foot. */
    private void heading(PageFlow flow, String text, float keptWith) throws IOException {
        flow.need(HEADING_HEIGHT + keptWith);
        flow.down(6f);
        flow.fill(flow.left(), flow.y(), flow.width(), ROW + 3f, BAND);
        flow.text(flow.left() + 3f, flow.y() - ROW + 1f, HEADING_SIZE, text);
        flow.down(ROW + 5f);
    }

    private void categories(PageFlow flow, ApplicantSummary summary) throws IOException {
        heading(flow, texts.text("heading.categories"));
        // The verdict column is as wide as a verdict in Japanese or Chinese, so that it keeps to one line.
        float pointsRight = flow.left() + 320f;
        float verdictX = flow.left() + 333f;
        float baseline = flow.y() - ROW + 3f;
        flow.text(flow.left() + 12f, baseline, SMALL_SIZE, texts.text("column.category"));
        flow.textRight(pointsRight, baseline, SMALL_SIZE, texts.text("column.points"));
        flow.text(verdictX, baseline, SMALL_SIZE, texts.text("column.verdict"));
        flow.down(ROW);
        for (Assessment assessment : summary.result().assessments()) {
            boolean best = assessment.category() == summary.best();
            List<String> name = flow.wrap(texts.sheet().text("value.category",
                    texts.sheet().categoryName(assessment.category()), assessment.category().status()), BODY_SIZE,
                    pointsRight - flow.left() - 40f);
            List<String> verdict = flow.wrap(texts.sheet().verdict(assessment), BODY_SIZE,
                    flow.left() + flow.width() - verdictX);
            float height = ROW * Math.max(name.size(), verdict.size());
            flow.need(height);
            if (best) {
                flow.fill(flow.left(), flow.y(), flow.width(), height, SHADE);
                flow.text(flow.left() + 2f, flow.y() - ROW + 3f, BODY_SIZE, MARK);
            }
            lines(flow, flow.left() + 12f, name, BODY_SIZE);
            flow.textRight(pointsRight, flow.y() - ROW + 3f, BODY_SIZE + 1f, Integer.toString(assessment.points()));
            lines(flow, verdictX, verdict, BODY_SIZE);
            flow.down(height);
        }
        flow.down(2f);
        flow.text(flow.left(), flow.y() - SMALL_ROW + 2.5f, SMALL_SIZE,
                texts.text("best", texts.sheet().categoryName(summary.best())));
        flow.down(SMALL_ROW);
    }

    /** Lines of text at {@code x}, from the cursor down, without moving it. */
    private static void lines(PageFlow flow, float x, List<String> lines, float size) throws IOException {
        float baseline = flow.y() - ROW + 3f;
        for (String line : lines) {
            flow.text(x, baseline, size, line);
            baseline -= ROW;
        }
    }

    private void paragraph(PageFlow flow, float x, String text, float size, float row) throws IOException {
        for (String line : flow.wrap(text, size, flow.left() + flow.width() - x)) {
            flow.need(row);
            flow.text(x, flow.y() - row + 2.5f, size, line);
            flow.down(row);
        }
    }

    private void advice(PageFlow flow, Advice advice) throws IOException {
        heading(flow, texts.text("heading.advice", advice.target()));
        if (advice.reached()) {
            paragraph(flow, flow.left(), texts.text("advice.reached", advice.target()), BODY_SIZE, ROW);
            return;
        }
        if (advice.suggestions().isEmpty()) {
            paragraph(flow, flow.left(), texts.text("advice.none", advice.maxChanges(), advice.target()), BODY_SIZE, ROW);
            return;
        }
        int shown = Math.min(TOP_CHANGES, advice.suggestions().size());
        for (int i = 0; i < shown; i++) {
            Suggestion suggestion = advice.suggestions().get(i);
            String head = suggestion.scoredOn().equals(advice.now().referenceDate())
                    ? texts.text("advice.suggestion", i + 1, suggestion.pointsAfter(), suggestion.effort())
                    : texts.text("advice.suggestionOn", i + 1, suggestion.pointsAfter(), suggestion.scoredOn(),
                            suggestion.effort());
            paragraph(flow, flow.left(), head, BODY_SIZE, ROW);
            for (Change change : suggestion.changes()) {
                paragraph(flow, flow.left() + 14f, "– " + texts.sheet().labelled(
                        texts.message(change.lever().description()), signed(change.pointsGained())), BODY_SIZE, ROW);
            }
        }
        paragraph(flow, flow.left(), texts.text("advice.effort"), SMALL_SIZE, SMALL_ROW);
    }

    private void forecast(PageFlow flow, Advice advice) throws IOException {
        heading(flow, texts.text("heading.forecast", texts.sheet().categoryName(advice.category()),
                advice.forecast().to()), ForecastChart.height());
        ForecastChart.draw(flow, advice.forecast(), advice.current().points(),
                List.of(ApplicantSummaries.VISA_POINTS, ApplicantSummaries.PERMANENT_RESIDENCE_POINTS));
        if (advice.forecast().events().isEmpty()) {
            paragraph(flow, flow.left(), texts.text("forecast.none", advice.forecast().to()), BODY_SIZE, ROW);
        }
        for (ForecastEvent event : advice.forecast().events()) {
            List<String> reasons = new ArrayList<>();
            for (Message reason : event.reasons()) {
                reasons.add(texts.message(reason));
            }
            String change = texts.text("forecast.event", event.date(), event.pointsBefore(), event.pointsAfter(),
                    texts.sheet().list(reasons));
            String line = event.lastDayBefore().map(day -> texts.text("forecast.withLastDay", change,
                    texts.text("forecast.lastDay", event.pointsBefore(), day))).orElse(change);
            paragraph(flow, flow.left(), line, BODY_SIZE, ROW);
        }
        paragraph(flow, flow.left(), texts.message(Message.of("advice.assumption", advice.category().name())),
                SMALL_SIZE, SMALL_ROW);
    }

    private void permanentResidence(PageFlow flow, ApplicantSummary summary) throws IOException {
        heading(flow, texts.text("heading.permanentResidence"));
        if (summary.permanentResidence().isEmpty()) {
            paragraph(flow, flow.left(), texts.text("pr.needsCase"), BODY_SIZE, ROW);
            return;
        }
        PermanentResidenceResult result = summary.permanentResidence().get();
        paragraph(flow, flow.left(), basis(summary.residence().orElseThrow()), BODY_SIZE, ROW);
        for (RouteResult route : result.routes()) {
            String status = route.met() ? texts.text("pr.met", result.applicationDate())
                    : route.earliestDate().map(date -> texts.text("pr.earliest", date))
                            .orElseGet(() -> texts.text("pr.never"));
            flow.need(ROW);
            if (route.met()) {
                flow.fill(flow.left(), flow.y(), flow.width(), ROW, SHADE);
                flow.text(flow.left() + 2f, flow.y() - ROW + 3f, BODY_SIZE, MARK);
            }
            flow.text(flow.left() + 12f, flow.y() - ROW + 3f, BODY_SIZE, texts.text("pr.route." + route.route().name()));
            flow.text(flow.left() + 250f, flow.y() - ROW + 3f, BODY_SIZE, status);
            flow.down(ROW);
        }
        paragraph(flow, flow.left(), texts.text("pr.note"), SMALL_SIZE, SMALL_ROW);
        experienceBesideTheRoutes(flow, summary.advice().forecast());
    }

    /** What the routes are computed from: the residence in Japan and the HSP status of the case. */
    private String basis(Residence residence) {
        LocalDate since = residence.continuousSince().orElseThrow();
        return residence.hsp().map(status -> texts.text("pr.basis", since, status.since(),
                        texts.sheet().categoryName(status.category()), status.recognizedPoints()))
                .orElseGet(() -> texts.text("pr.basisNoStatus", since));
    }

    /**
     * Why the routes and the forecast above them can differ: the routes keep the stated years of
     * experience (docs/rules.md §11) while the forecast adds the completed ones (§3); and the day a
     * completed year takes the forecast to a route's points, when one does, as the results page says.
     */
    private void experienceBesideTheRoutes(PageFlow flow, Forecast forecast) throws IOException {
        paragraph(flow, flow.left(), texts.text("pr.experienceAsStated"), SMALL_SIZE, SMALL_ROW);
        Optional<ForecastEvent> rise = UncountedExperience.firstRiseToARoute(forecast);
        if (rise.isPresent()) {
            paragraph(flow, flow.left(), texts.text("pr.experienceRise", rise.get().date(), rise.get().pointsAfter()),
                    SMALL_SIZE, SMALL_ROW);
        }
    }

    private void documents(PageFlow flow, ApplicantSummary summary) throws IOException {
        heading(flow, texts.text("heading.documents", texts.sheet().categoryName(summary.best())));
        boolean any = false;
        for (SheetSection section : summary.bestSheet().sections()) {
            if (!section.toFile()) {
                continue;
            }
            String item = texts.sheet().itemName(section.criterion());
            if (section.evidence().isEmpty()) {
                paragraph(flow, flow.left(), "□ " + texts.sheet().labelled(item, texts.sheet().text("evidence.none")),
                        BODY_SIZE, ROW);
                any = true;
            }
            for (SheetEvidence line : section.evidence()) {
                paragraph(flow, flow.left(), "□ " + texts.sheet().inParentheses(
                        line.label() + " " + texts.sheet().evidence(line), item), BODY_SIZE, ROW);
                any = true;
            }
        }
        if (!any) {
            paragraph(flow, flow.left(), texts.text("documents.none"), BODY_SIZE, ROW);
        }
        paragraph(flow, flow.left(), texts.text(sheetSource.noteKey(), summary.bestSheet().assessment().passMark()),
                SMALL_SIZE, SMALL_ROW);
    }

    private static String signed(int points) {
        return points >= 0 ? "+" + points : Integer.toString(points);
    }
}
