package org.hspnavigator.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.Suggestion;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.SheetPdfFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The forecast's heading goes to the next page with its chart, never alone at the foot of a page. The
 * summaries of the examples leave it in the middle of a page; a longer summary is made of Ms Li's with
 * the first change of the advisor's first suggestion repeated, one more line at a time (a row's height):
 * from 20 to 52 lines, the heading passes every place near the page's foot in each language (with the
 * heading kept with two rows only rather than with the chart, it stood alone there with 29 to 42 lines
 * added: 55 of these 165 summaries).
 */
class ForecastHeadingLayoutTest {

    private static final int FEWEST_ROWS = 20;
    private static final int MOST_ROWS = 52;

    @TestFactory
    List<DynamicTest> theHeadingIsNeverLastOnItsPage() {
        ApplicantSummary summary = withSuggestions();
        Suggestion first = summary.advice().suggestions().get(0);
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportLanguage language : ReportLanguage.values()) {
            for (int added = FEWEST_ROWS; added <= MOST_ROWS; added++) {
                List<Change> changes = new ArrayList<>(Collections.nCopies(added, first.changes().get(0)));
                changes.addAll(first.changes());
                List<Suggestion> suggestions = new ArrayList<>(summary.advice().suggestions());
                suggestions.set(0, new Suggestion(changes, first.scoredOn(), first.pointsAfter(), first.effort()));
                Advice advice = summary.advice();
                ApplicantSummary longer = new ApplicantSummary(summary.result(), summary.best(),
                        new Advice(advice.target(), advice.category(), advice.now(), suggestions, advice.maxChanges(),
                                advice.forecast()),
                        summary.permanentResidence(), summary.residence(), summary.bestSheet());
                tests.add(DynamicTest.dynamicTest(language.tag() + ", " + added + " rows added", () -> check(
                        new SummaryPdf(language, SheetSource.COMMAND_LINE).write(longer, SheetPdfFixture.CREATED),
                        language, longer.advice())));
            }
        }
        return tests;
    }

    /** The summary of an example whose advice has a suggestion to lengthen. */
    private static ApplicantSummary withSuggestions() {
        for (String example : List.of("ms-li", "mr-zhang", "dr-wang")) {
            ApplicantSummary summary = ApplicantSummaries.official().of(SheetPdfFixture.example(example + ".json"),
                    Optional.empty(), Optional.empty());
            if (!summary.advice().suggestions().isEmpty()) {
                return summary;
            }
        }
        throw new AssertionError("no example has a suggestion");
    }

    private static void check(byte[] pdf, ReportLanguage language, Advice advice) {
        SummaryTexts texts = new SummaryTexts(language);
        String category = texts.sheet().categoryName(advice.category());
        String full = texts.text("heading.forecast", category, advice.forecast().to());
        String heading = full.substring(0, full.indexOf(category)).strip();
        List<String> pages = SheetPdfFixture.pages(pdf);
        int found = 0;
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(heading)) {
                    found++;
                    // The page's last line is its footer: the chart's labels must stand between the heading and it.
                    assertThat(lines.size() - 1 - i).as("lines after the heading on page %d: %s", page + 1, lines)
                            .isGreaterThan(1);
                }
            }
        }
        assertThat(found).as("the heading %s", heading).isEqualTo(1);
    }
}
