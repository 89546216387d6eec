package org.hspnavigator.engine.advice;

import java.util.EnumSet;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;

/**
 * The points engine asked about one category only, and the advisor's reading of "reaches the
 * target": at least the target points and, where the category has one, the salary floor met
 * (docs/rules.md §1), since points above the target do not help an applicant below the floor.
 */
final class CategoryScorer {

    private final PointsEngine engine;
    private final Category category;
    private final Set<Category> only;

    CategoryScorer(PointsEngine engine, Category category) {
        this.engine = engine;
        this.category = category;
        this.only = EnumSet.of(category);
    }

    Category category() {
        return category;
    }

    PointsEngine engine() {
        return engine;
    }

    Assessment assess(Profile profile) {
        return engine.score(profile, only).assessments().get(0);
    }

    static boolean reaches(Assessment assessment, int target) {
        return assessment.points() >= target && assessment.meetsSalaryFloor();
    }

    /** Whether {@code after} is better: more points, or the salary floor newly met. */
    static boolean improves(Assessment after, Assessment before) {
        return after.points() > before.points() || (after.meetsSalaryFloor() && !before.meetsSalaryFloor());
    }
}
