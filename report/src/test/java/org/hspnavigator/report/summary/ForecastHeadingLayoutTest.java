package org.hspnavigator.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.SheetPdfFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The heading of the points forecast stands on the page of its chart, never alone at the foot of the page
 * before it. Profiles with more or fewer suggestions of the advisor above it, in each category, move the
 * heading down the first page, past its foot in some category and language.
 */
class ForecastHeadingLayoutTest {

    private static final ApplicantSummaries SUMMARIES = ApplicantSummaries.official();
    private static final List<String> PROFILES = List.of(
            "\"annualSalaryYen\": 4000000",
            "\"annualSalaryYen\": 6500000, \"degrees\": [{\"level\": \"MASTER\", \"field\": \"Physics\"}]",
            "\"annualSalaryYen\": 8000000, \"degrees\": [{\"level\": \"BACHELOR\", \"field\": \"Law\"}], "
                    + "\"careerYears\": {\"specializedTechnical\": 4, \"businessManagement\": 2}",
            "\"annualSalaryYen\": 5500000, \"degrees\": [{\"level\": \"DOCTORATE\", \"field\": \"Biology\"}], "
                    + "\"careerYears\": {\"academicResearch\": 2}, \"japaneseLanguage\": {\"jlpt\": \"N2\"}",
            "\"annualSalaryYen\": 12000000, \"careerYears\": {\"businessManagement\": 6}, \"position\": \"DIRECTOR\"");

    @TestFactory
    List<DynamicTest> theForecastHeadingIsNeverLastOnItsPage() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String fields : PROFILES) {
            for (String birthDate : List.of("1996-03-01", "1990-12-20", "1986-07-10")) {
                String input = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"" + birthDate + "\", " + fields + "}";
                Profile profile = SheetPdfFixture.profile(StrictJson.parse(input));
                for (Category category : Category.values()) {
                    ApplicantSummary summary = SUMMARIES.of(profile, Optional.empty(), Optional.of(category));
                    for (ReportLanguage language : ReportLanguage.values()) {
                        tests.add(DynamicTest.dynamicTest(language.tag() + " " + category + " " + input,
                                () -> check(summary, language)));
                    }
                }
            }
        }
        return tests;
    }

    private static void check(ApplicantSummary summary, ReportLanguage language) {
        SummaryTexts texts = new SummaryTexts(language);
        // The heading up to the category it names: the words every forecast heading starts with.
        String heading = texts.text("heading.forecast", "\u0000", LocalDate.of(2000, 1, 1)).split("\u0000")[0].strip();
        List<String> pages = SheetPdfFixture.pages(new SummaryPdf(language, SheetSource.COMMAND_LINE)
                .write(summary, SheetPdfFixture.CREATED));
        int found = 0;
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(heading)) {
                    found++;
                    // The page's last line is its footer: the chart's labels must stand between the heading and it.
                    assertThat(lines.size() - 1 - i).as("lines after the heading on page %d: %s", page + 1, lines)
                            .isGreaterThan(1);
                }
            }
        }
        assertThat(found).as("the forecast heading").isEqualTo(1);
    }
}
