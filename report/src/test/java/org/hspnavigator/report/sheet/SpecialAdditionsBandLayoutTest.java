package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The band that opens the special additions (特別加算) goes to the next page with the start of its first
 * item, never alone at the foot of a page. Profiles that score on more or fewer of the items above it
 * (each scored item adds its evidence lines) move the band down the page, past a page break in some
 * category and language.
 */
class SpecialAdditionsBandLayoutTest {

    private static final List<String> DEGREES = List.of("[]",
            "[{\"level\": \"MASTER\", \"field\": \"Computer science\"}]",
            "[{\"level\": \"DOCTORATE\", \"field\": \"Physics\", \"inJapan\": true}, "
                    + "{\"level\": \"MASTER\", \"field\": \"Mathematics\"}]");
    private static final List<String> CAREERS = List.of("{}",
            "{\"academicResearch\": 7, \"specializedTechnical\": 7, \"businessManagement\": 7}");
    private static final List<String> RESEARCH = List.of("{}", "{\"patents\": 1, \"papers\": 3, \"grantFundedProjects\": 3}");
    private static final List<String> LANGUAGE = List.of("{}", "{\"jlpt\": \"N1\"}");

    @TestFactory
    List<DynamicTest> theBandIsNeverLastOnItsPage() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String degrees : DEGREES) {
            for (String careers : CAREERS) {
                for (String research : RESEARCH) {
                    for (String language : LANGUAGE) {
                        String input = "{\"referenceDate\": \"2026-11-27\", \"birthDate\": \"1992-06-01\", "
                                + "\"annualSalaryYen\": 9500000, \"degrees\": " + degrees + ", \"careerYears\": " + careers
                                + ", \"research\": " + research + ", \"japaneseLanguage\": " + language + "}";
                        Profile profile = SheetPdfFixture.profile(StrictJson.parse(input));
                        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
                        for (Category category : Category.values()) {
                            for (ReportLanguage report : ReportLanguage.values()) {
                                tests.add(DynamicTest.dynamicTest(report.tag() + " " + category + " " + input,
                                        () -> check(SheetPdfFixture.pdf(result, profile, category, report), report)));
                            }
                        }
                    }
                }
            }
        }
        return tests;
    }

    private static void check(byte[] pdf, ReportLanguage language) {
        String band = new SheetTexts(language).text("heading.specialAdditions");
        List<String> pages = SheetPdfFixture.pages(pdf);
        int found = 0;
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(band)) {
                    found++;
                    // The page's last line is its footer: an item must stand between the band and it.
                    assertThat(lines.size() - 1 - i).as("lines after the band on page %d: %s", page + 1, lines)
                            .isGreaterThan(1);
                }
            }
        }
        assertThat(found).as("the band").isEqualTo(1);
    }
}
