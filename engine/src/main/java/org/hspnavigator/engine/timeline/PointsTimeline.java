package org.hspnavigator.engine.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.RuleSet;

/**
 * The points of one case on any date (docs/rules.md §11, the points on a date): the latest
 * snapshot on or before the date, scored with the age and the rule set of that date, in the category
 * of {@code residence.hsp} when the case has one, otherwise the category taken without a status on
 * that date ({@link ScoreResult#defaultCategory}: the most points among the categories whose salary
 * floor is met).
 * Before the first snapshot, and before the earliest rule set, there are no points.
 *
 * <p>Points depend on the date only through the snapshot, the age and the rule set, so each
 * combination is scored once and remembered: a day-by-day search over ten years scores a few dozen
 * profiles, not thousands. Not thread-safe; one timeline serves one question.
 */
public final class PointsTimeline {

    private record Situation(int snapshot, int age, String ruleSet) {
    }

    private final ApplicantCase applicant;
    private final PointsEngine engine;
    private final Optional<Category> hspCategory;
    private final Map<Situation, Assessment> scored = new HashMap<>();

    public PointsTimeline(ApplicantCase applicant, PointsEngine engine) {
        this.applicant = applicant;
        this.engine = engine;
        this.hspCategory = applicant.residence().hsp().map(HspStatus::category);
    }

    public ApplicantCase applicant() {
        return applicant;
    }

    /** The points on a date; empty before the first snapshot or the earliest rule set. */
    public Optional<DatedPoints> on(LocalDate date) {
        int index = applicant.snapshotIndexOn(date);
        if (index < 0 || date.isBefore(engine.ruleBook().earliestDate())) {
            return Optional.empty();
        }
        Profile snapshot = applicant.snapshots().get(index);
        int age = CompletedYears.between(snapshot.birthDate(), date);
        RuleSet rules = engine.ruleBook().ruleSetOn(date);
        Assessment assessment = scored.computeIfAbsent(new Situation(index, age, rules.id()),
                situation -> choose(engine.score(snapshot.withReferenceDate(date))));
        return Optional.of(new DatedPoints(date, assessment, rules.id()));
    }

    private Assessment choose(ScoreResult result) {
        return result.assessment(hspCategory.orElseGet(result::defaultCategory)).orElseThrow();
    }
}
