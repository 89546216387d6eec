package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The text extracted from each report says what {@code hsp score --json} says: each item's official
 * term with its points, in the sheet's order, and the total with the verdict. For every scoring case of
 * cases/points in Japanese, the categories taken in turn from case to case (a PDF of each of the three
 * for all of them took four minutes on a busy machine), and for the three example applicants in every
 * category and every language.
 */
class SheetAgainstScoreTest {

    private static final List<String> EXAMPLES = List.of("mr-zhang.json", "ms-li.json", "dr-wang.json");

    @TestFactory
    Stream<DynamicTest> everyScoringCaseInJapanese() {
        List<CaseFiles.ScoringCase> cases = CaseFiles.scoringCases();
        Category[] categories = Category.values();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CaseFiles.ScoringCase scoringCase = cases.get(i);
            Category category = categories[i % categories.length];
            tests.add(DynamicTest.dynamicTest(scoringCase.displayName() + " › " + category,
                    () -> check(SheetPdfFixture.profile(scoringCase.input()), category, ReportLanguage.JA)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theExamplesInEveryLanguage() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : EXAMPLES) {
            for (ReportLanguage language : ReportLanguage.values()) {
                tests.add(DynamicTest.dynamicTest(example + " in " + language.tag(),
                        () -> checkEveryCategory(SheetPdfFixture.example(example), language)));
            }
        }
        return tests.stream();
    }

    private static void checkEveryCategory(Profile profile, ReportLanguage language) {
        for (Category category : Category.values()) {
            check(profile, category, language);
        }
    }

    private static void check(Profile profile, Category category, ReportLanguage language) {
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        JsonNode score = SheetPdfFixture.assessmentJson(result);
        JsonNode assessment = null;
        for (JsonNode candidate : score.get("assessments")) {
            if (candidate.get("category").stringValue().equals(category.name())) {
                assessment = candidate;
            }
        }
        assertThat(assessment).as("the assessment of %s", category).isNotNull();
        String text = SheetPdfFixture.text(SheetPdfFixture.pdf(result, profile, category, language));
        assertMatches(text, assessment, score.get("ruleSet").stringValue(), language);
    }

    /** The items in the sheet's order, each on the line that starts its section, which ends with its points. */
    static void assertMatches(String text, JsonNode assessment, String ruleSet, ReportLanguage language) {
        String category = assessment.get("category").stringValue();
        assertThat(text).as(category).contains(Category.valueOf(category).officialName(), ruleSet);
        List<String> lines = text.lines().map(String::strip).toList();
        List<JsonNode> items = new ArrayList<>();
        assessment.get("items").forEach(items::add);
        assessment.get("notCounted").forEach(items::add);
        items.sort(Comparator.comparing(item -> criterion(item).ordinal()));
        int at = 0;
        int sum = 0;
        for (JsonNode item : items) {
            CriterionId criterion = criterion(item);
            int points = item.get("points").intValue();
            sum += points;
            int found = -1;
            for (int i = at; i < lines.size() && found < 0; i++) {
                if (startsSection(lines.get(i), criterion) && lines.get(i).endsWith(" " + points)) {
                    found = i;
                }
            }
            assertThat(found).as("%s: %s with %d points after line %d of%n%s", category, criterion.japaneseTerm(),
                    points, at, text).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
        int total = assessment.get("points").intValue();
        assertThat(sum).isEqualTo(total);
        SheetTexts texts = new SheetTexts(language);
        String totalWord = texts.text("total") + " ";
        String verdict = language == ReportLanguage.EN ? assessment.get("verdict").stringValue()
                : texts.text(verdictKey(assessment), verdictArguments(assessment));
        assertThat(lines).as(category).contains(totalWord + verdict + " " + total);
    }

    /** Whether a line starts with the item's term, or with its first part where the term wraps. */
    private static boolean startsSection(String line, CriterionId criterion) {
        String head = line.split(" ", 2)[0];
        return head.length() >= 2 && criterion.japaneseTerm().startsWith(head);
    }

    private static CriterionId criterion(JsonNode item) {
        return CriterionId.byId(item.get("id").stringValue()).orElseThrow();
    }

    private static String verdictKey(JsonNode assessment) {
        if (assessment.get("eligible").booleanValue()) {
            return "verdict.eligible";
        }
        boolean isShort = assessment.get("pointsShort").intValue() > 0;
        boolean belowFloor = !assessment.get("meetsSalaryFloor").booleanValue();
        return isShort && belowFloor ? "verdict.shortAndBelowFloor" : isShort ? "verdict.short" : "verdict.belowFloor";
    }

    private static Object[] verdictArguments(JsonNode assessment) {
        long floor = assessment.has("salaryFloorYen") && !assessment.get("salaryFloorYen").isNull()
                ? assessment.get("salaryFloorYen").longValue() : 0;
        return switch (verdictKey(assessment)) {
            case "verdict.eligible" -> new Object[] {assessment.get("passMark").intValue()};
            case "verdict.belowFloor" -> new Object[] {floor};
            default -> new Object[] {assessment.get("pointsShort").intValue(), floor};
        };
    }
}
