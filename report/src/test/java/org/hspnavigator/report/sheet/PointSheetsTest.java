package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.SheetRow;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The content of the sheet, before any PDF: the applicant's rows, the points and the evidence. */
class PointSheetsTest {

    @TestFactory
    Stream<DynamicTest> everyScoringCaseInEveryCategoryMarksOneRowPerScoringItem() {
        return CaseFiles.scoringCases().stream().map(scoringCase -> DynamicTest.dynamicTest(scoringCase.displayName(),
                () -> {
                    Profile profile = SheetPdfFixture.profile(scoringCase.input());
                    ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
                    for (Category category : Category.values()) {
                        checkSheet(PointSheets.of(result, profile, category), result.assessment(category).orElseThrow());
                    }
                }));
    }

    private static void checkSheet(PointSheet sheet, Assessment assessment) {
        int sum = 0;
        for (SheetSection section : sheet.sections()) {
            long marked = section.lines().stream().filter(SheetLine::applicant).count();
            assertThat(marked).as(section.criterion().id()).isEqualTo(section.points() > 0 ? 1 : 0);
            section.lines().stream().filter(SheetLine::applicant)
                    .forEach(line -> assertThat(line.points()).isEqualTo(section.points()));
            assertThat(section.evidence().isEmpty())
                    .as("evidence of %s", section.criterion().id())
                    .isEqualTo(section.points() == 0 || section.criterion() == CriterionId.AGE);
            sum += section.points();
        }
        assertThat(sum).isEqualTo(sheet.total()).isEqualTo(assessment.points());
        for (Item item : assessment.scoringItems()) {
            assertThat(sheet.sections()).anyMatch(section -> section.criterion() == item.criterion());
        }
    }

    @Test
    void theSectionsFollowTheOrderOfTheOfficialSheet() {
        Profile profile = SheetPdfFixture.example("dr-wang.json");
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        List<CriterionId> technical = PointSheets.of(result, profile, Category.SPECIALIZED_TECHNICAL).sections()
                .stream().map(SheetSection::criterion).toList();
        assertThat(technical).startsWith(CriterionId.EDUCATION, CriterionId.MULTIPLE_DEGREES, CriterionId.CAREER,
                CriterionId.SALARY, CriterionId.AGE, CriterionId.RESEARCH, CriterionId.QUALIFICATIONS,
                CriterionId.INNOVATION_SUPPORT).isSorted().doesNotContain(CriterionId.POSITION, CriterionId.INVESTMENT);
        // Business management has no age, research or qualification items, and a position item.
        List<CriterionId> management = PointSheets.of(result, profile, Category.BUSINESS_MANAGEMENT).sections()
                .stream().map(SheetSection::criterion).toList();
        assertThat(management).startsWith(CriterionId.EDUCATION, CriterionId.MULTIPLE_DEGREES, CriterionId.CAREER,
                CriterionId.SALARY, CriterionId.POSITION).isSorted().contains(CriterionId.INVESTMENT);
    }

    @Test
    void aSalaryTableThatDoesNotDependOnAgeIsOneList() {
        Profile profile = SheetPdfFixture.example("dr-wang.json");
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        SheetSection management = PointSheets.of(result, profile, Category.BUSINESS_MANAGEMENT).sections().stream()
                .filter(section -> section.criterion() == CriterionId.SALARY).findFirst().orElseThrow();
        assertThat(management.lines()).allMatch(line -> line.ageBand().isEmpty())
                .extracting(SheetLine::option).doesNotHaveDuplicates();
        SheetSection technical = PointSheets.of(result, profile, Category.SPECIALIZED_TECHNICAL).sections().stream()
                .filter(section -> section.criterion() == CriterionId.SALARY).findFirst().orElseThrow();
        assertThat(technical.lines()).allMatch(line -> line.ageBand().isPresent());
    }

    @Test
    void theEvidenceToFileIsTheSmallestSetThatProvesTheThreshold() {
        Profile profile = SheetPdfFixture.example("mr-zhang.json");
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        PointSheet sheet = PointSheets.of(result, profile, Category.SPECIALIZED_TECHNICAL);
        // 80 points: salary 30 + education 20 + career 10 + age 10 = 70 proves it; age needs no document.
        assertThat(sheet.sections().stream().filter(SheetSection::toFile).map(SheetSection::criterion))
                .containsExactly(CriterionId.EDUCATION, CriterionId.CAREER, CriterionId.SALARY, CriterionId.AGE);
    }

    @Test
    void everyOptionOfEveryRuleSetHasItsWordingInEveryLanguage() {
        SheetTexts japanese = new SheetTexts(ReportLanguage.JA);
        SheetTexts english = new SheetTexts(ReportLanguage.EN);
        for (RuleSet ruleSet : RuleBook.official().ruleSets()) {
            for (SheetRow row : ruleSet.pointSheet()) {
                String option = row.row().option();
                for (ReportLanguage language : ReportLanguage.values()) {
                    if (language != ReportLanguage.EN) {
                        assertThat(new SheetTexts(language).option(row.row().criterion(), option))
                                .as("%s in %s", option, language.tag())
                                .isNotBlank().doesNotContain("under", "more", "¥", "_");
                    }
                }
                assertThat(english.option(row.row().criterion(), option)).as(option).isNotBlank();
            }
        }
        for (ReportLanguage language : ReportLanguage.values()) {
            SheetTexts texts = new SheetTexts(language);
            for (CriterionId criterion : CriterionId.values()) {
                assertThat(texts.itemName(criterion)).as(language.tag()).startsWith(criterion.japaneseTerm());
            }
            for (Category category : Category.values()) {
                assertThat(texts.categoryName(category)).as(language.tag()).startsWith(category.officialName());
            }
        }
        assertThat(new SheetTexts(ReportLanguage.ZH).option(CriterionId.SALARY, "¥8,000,000 to under ¥9,000,000"))
                .isEqualTo("800万日元以上不满900万日元");
        assertThat(new SheetTexts(ReportLanguage.ZH_HANT).itemName(CriterionId.EDUCATION)).isEqualTo("学歴 · 學歷");
        assertThat(new SheetTexts(ReportLanguage.KO).option(CriterionId.CAREER, "5 to under 7 years"))
                .isEqualTo("5년 이상 7년 미만");
        assertThat(japanese.option(CriterionId.SALARY, "¥8,000,000 to under ¥9,000,000")).isEqualTo("800万円以上900万円未満");
        assertThat(japanese.option(CriterionId.SALARY, "¥10,000,000 or more")).isEqualTo("1,000万円以上");
        assertThat(japanese.option(CriterionId.AGE, "under 30")).isEqualTo("29歳以下");
        assertThat(japanese.ageBand(org.hspnavigator.engine.points.AgeBand.FROM_40)).isEqualTo("40歳以上");
        assertThat(english.ageBand(org.hspnavigator.engine.points.AgeBand.FROM_40)).isEqualTo("40+");
        assertThat(japanese.option(CriterionId.CAREER, "5 to under 7 years")).isEqualTo("5年以上7年未満");
    }

    @Test
    void anOptionWithoutWordingIsADefectNotEnglishInAJapaneseReport() {
        SheetTexts japanese = new SheetTexts(ReportLanguage.JA);
        assertThatThrownBy(() -> japanese.option(CriterionId.SALARY, "about ¥8M"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("about ¥8M");
    }

    @Test
    void aCategoryNotAssessedIsRefused() {
        Profile profile = SheetPdfFixture.example("mr-zhang.json");
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile, java.util.EnumSet.of(Category.ACADEMIC_RESEARCH));
        assertThatThrownBy(() -> PointSheets.of(result, profile, Category.BUSINESS_MANAGEMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
