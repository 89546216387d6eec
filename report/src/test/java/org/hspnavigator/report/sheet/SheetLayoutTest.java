package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sheets of the three examples in every category and language, page by page as a reader turns them:
 * a page the table goes on to starts with its column headings, and the total never stands alone on a
 * page, without the last item of the table above it.
 */
class SheetLayoutTest {

    @TestFactory
    List<DynamicTest> everyPageOfEverySheetReadsOnItsOwn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : List.of("mr-zhang", "ms-li", "dr-wang")) {
            Profile profile = SheetPdfFixture.example(example + ".json");
            ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
            for (Category category : Category.values()) {
                for (ReportLanguage language : ReportLanguage.values()) {
                    tests.add(DynamicTest.dynamicTest(example + " " + category + " " + language.tag(),
                            () -> check(PointSheets.of(result, profile, category), language)));
                }
            }
        }
        return tests;
    }

    private static void check(PointSheet sheet, ReportLanguage language) {
        SheetTexts texts = new SheetTexts(language);
        List<String> pages = SheetPdfFixture.pages(new PointSheetPdf(language).write(sheet, SheetPdfFixture.CREATED));
        String headings = texts.text("column.item");
        for (int page = 1; page < pages.size(); page++) {
            String firstLine = pages.get(page).lines().findFirst().orElse("");
            assertThat(firstLine).as("page %d", page + 1).startsWith(headings)
                    .contains(texts.text("column.option"), texts.text("column.points"));
        }
        String last = pages.get(pages.size() - 1);
        List<SheetSection> sections = sheet.sections();
        String lastItem = texts.itemName(sections.get(sections.size() - 1).criterion());
        // The first line of the item's name, as the item column wraps it, stands on the page of the total.
        String lastItemStart = lastItem.substring(0, Math.min(6, lastItem.length()));
        assertThat(last).contains(texts.text("total")).contains(lastItemStart);
    }
}
