package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.text.Explanations;

/**
 * The points of the answers in all three categories, as the results page shows them: per category the
 * items that count and those that do not, each with its official Japanese term and why, and the
 * verdict of the pass rule; the best category named.
 *
 * @param referenceDate the date the points are for, as the page's language writes it
 * @param age           the applicant's age on that date
 * @param categories    one per category, in the order of {@link Category}
 * @param best          the eligible category with the most points (the assessment JSON's bestCategory)
 * @param nearest       when none is eligible, the category the applicant comes closest in
 */
record ResultsView(String referenceDate, int age, List<CategoryResult> categories, Optional<String> best,
        String nearest) {

    /** The scale of the points bar: the 70 and 80 marks stand where these points would. */
    static final int BAR_SCALE = 120;

    /**
     * One category's result.
     *
     * @param category     the category's name ({@code SPECIALIZED_TECHNICAL}), the key of its texts
     * @param officialName its official Japanese name (高度専門・技術活動)
     * @param status       the status of residence it leads to (高度専門職1号ロ)
     * @param points       the total
     * @param passMark     the points needed
     * @param eligible     whether the pass rule is met
     * @param verdictKey   the key of the verdict's text, whose arguments are the points short and the floor
     * @param pointsShort  the points missing to the pass mark
     * @param salaryFloor  the category's salary floor in yen, 0 where it has none
     * @param counted      the items that score
     * @param notCounted   the items claimed that score nothing, and why
     * @param notes        warnings about the input or the rules in force, in English
     * @param chosen       whether the applicant chose this work on the start page
     */
    record CategoryResult(String category, String officialName, String status, int points, int passMark,
            boolean eligible, String verdictKey, int pointsShort, long salaryFloor, List<ItemRow> counted,
            List<ItemRow> notCounted, List<String> notes, boolean chosen) {

        /** How far the bar is filled, in percent of {@link #BAR_SCALE}. */
        public int barPercent() {
            return Math.min(100, points * 100 / BAR_SCALE);
        }
    }

    /**
     * One item of a category.
     *
     * @param criterion    the criterion's id ({@code education}), the key of its translation
     * @param japaneseTerm its official Japanese term (学歴)
     * @param points       the points it scores
     * @param why          the engine's explanation, in English
     * @param sources      the official sources of the rule applied
     */
    record ItemRow(String criterion, String japaneseTerm, int points, String why, List<Source> sources) {
    }

    static ResultsView of(ScoreResult result, Optional<Category> chosen, EngineTexts texts) {
        Explanations explanations = texts.explanations();
        List<CategoryResult> categories = new ArrayList<>();
        for (Assessment assessment : result.assessments()) {
            categories.add(category(assessment, chosen, explanations));
        }
        return new ResultsView(texts.date(result.referenceDate()), result.age(), List.copyOf(categories),
                result.bestEligibleCategory().map(Category::name), result.defaultCategory().name());
    }

    private static CategoryResult category(Assessment assessment, Optional<Category> chosen,
            Explanations explanations) {
        List<ItemRow> counted = new ArrayList<>();
        List<ItemRow> notCounted = new ArrayList<>();
        for (Item item : assessment.items()) {
            ItemRow row = new ItemRow(item.criterion().id(), item.criterion().japaneseTerm(), item.points(),
                    explanations.text(item.explanation()), item.sources());
            (item.points() > 0 ? counted : notCounted).add(row);
        }
        Category category = assessment.category();
        return new CategoryResult(category.name(), category.officialName(), category.status(), assessment.points(),
                assessment.passMark(), assessment.eligible(), verdictKey(assessment), assessment.pointsShort(),
                assessment.salaryFloorYen().orElse(0), List.copyOf(counted), List.copyOf(notCounted),
                assessment.notes().stream().map(explanations::text).toList(), chosen.equals(Optional.of(category)));
    }

    /** The verdict as {@link Explanations#verdict} words it, in the page's language. */
    private static String verdictKey(Assessment assessment) {
        boolean isShort = assessment.pointsShort() > 0;
        if (assessment.eligible()) {
            return "verdict.eligible";
        }
        if (isShort && !assessment.meetsSalaryFloor()) {
            return "verdict.shortAndBelowFloor";
        }
        return isShort ? "verdict.short" : "verdict.belowFloor";
    }
}
