package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The band that opens the special additions (特別加算) goes to the next page with the start of its first
 * item, never alone at the foot of a page. The sheets of today's rule set leave the band in the middle of
 * the first page; a longer sheet is made of Mr Zhang's with rows of one option added before its items,
 * one more at a time (a row's height): from 12 to 31 rows, the band passes every place near the page's
 * foot in each language (without the rule it stood alone there with 19 to 25 rows added).
 */
class SpecialAdditionsBandLayoutTest {

    private static final int FEWEST_ROWS = 12;
    private static final int MOST_ROWS = 31;

    @TestFactory
    List<DynamicTest> theBandIsNeverLastOnItsPage() {
        Profile profile = SheetPdfFixture.example("mr-zhang.json");
        PointSheet sheet = PointSheets.of(SheetPdfFixture.ENGINE.score(profile), profile, Category.SPECIALIZED_TECHNICAL);
        SheetSection first = sheet.sections().get(0);
        SheetSection row = new SheetSection(first.criterion(), first.lines().subList(0, 1), Optional.empty(), List.of(), false);
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportLanguage language : ReportLanguage.values()) {
            for (int added = FEWEST_ROWS; added <= MOST_ROWS; added++) {
                List<SheetSection> sections = new ArrayList<>(Collections.nCopies(added, row));
                sections.addAll(sheet.sections());
                PointSheet longer = new PointSheet(sheet.referenceDate(), sheet.ruleSet(), sheet.age(), sheet.assessment(),
                        sections);
                tests.add(DynamicTest.dynamicTest(language.tag() + ", " + added + " rows added", () -> check(
                        new PointSheetPdf(language).write(longer, SheetPdfFixture.CREATED), language)));
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
