package org.hspnavigator.engine.permanent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Forecaster;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.engine.timeline.PointsTimeline;
import org.junit.jupiter.api.Test;

/**
 * Experience over time in the routes and in the forecast, on both sides of the day a year of experience
 * completes: the routes take each snapshot's years as stated on every later day, only the age and the
 * rules changing (docs/rules.md §11), so a year counts from the snapshot that states it; the forecast
 * adds each completed year on its day (§3). The applicant is Ms Li of the examples: 70 points in
 * specialized/technical now, 65 from her 30th birthday (2028-07-01), and her fifth year of experience
 * completes on 2028-11-27.
 */
class ExperienceOverTimeTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final PermanentResidence PR = PermanentResidence.official();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate FIFTH_YEAR = LocalDate.of(2028, 11, 27);

    private static Profile msLi(LocalDate on, int years) {
        return Profile.builder(on, LocalDate.of(1998, 7, 1), 7_000_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Finance"), false, false, false))
                .degree(new Degree(DegreeLevel.MBA_MOT, Optional.of("Business administration"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(years), BigDecimal.ZERO)).build();
    }

    /** The case the results page makes of her answers: status and residence from today, with 70 points. */
    private static ApplicantCase withStatusFromToday(List<Profile> snapshots) {
        HspStatus status = new HspStatus(TODAY, Category.SPECIALIZED_TECHNICAL, 70, false);
        return new ApplicantCase(snapshots, new Residence(TODAY, Optional.of(status)), Household.NONE,
                OptionalInt.empty());
    }

    private static int pointsOn(ApplicantCase applicant, LocalDate date) {
        return new PointsTimeline(applicant, ENGINE).on(date).map(DatedPoints::points).orElseThrow();
    }

    private static Optional<LocalDate> earliest(ApplicantCase applicant, Route route) {
        return PR.assess(applicant, TODAY).routes().stream().filter(result -> result.route() == route)
                .findFirst().orElseThrow().earliestDate();
    }

    @Test
    void theForecastAddsTheFifthYearOnTheDayItCompletesAndNotTheDayBefore() {
        List<ForecastEvent> events = new Forecaster(ENGINE).forecast(msLi(TODAY, 3), Category.SPECIALIZED_TECHNICAL)
                .events();
        ForecastEvent rise = events.stream().filter(event -> event.date().equals(FIFTH_YEAR)).findFirst()
                .orElseThrow();
        assertThat(rise.pointsBefore()).as("on %s", FIFTH_YEAR.minusDays(1)).isEqualTo(65);
        assertThat(rise.pointsAfter()).as("on %s", FIFTH_YEAR).isEqualTo(70);
        assertThat(rise.completesExperience()).isTrue();
        assertThat(events.get(0).completesExperience()).as("her 30th birthday").isFalse();
    }

    @Test
    void theRoutesKeepTheStatedYearsOnBothSidesOfThatDaySoThe70PointRouteDoesNotOpen() {
        ApplicantCase stated = withStatusFromToday(List.of(msLi(TODAY, 3)));
        assertThat(pointsOn(stated, FIFTH_YEAR.minusDays(1))).isEqualTo(65);
        assertThat(pointsOn(stated, FIFTH_YEAR)).isEqualTo(65);
        assertThat(earliest(stated, Route.POINTS_70)).isEmpty();
    }

    @Test
    void aSnapshotStatingTheFifthYearCountsFromItsDateAndOpensThe70PointRouteAfterThreeYears() {
        ApplicantCase updated = withStatusFromToday(List.of(msLi(TODAY, 3), msLi(FIFTH_YEAR, 5)));
        assertThat(pointsOn(updated, FIFTH_YEAR.minusDays(1))).isEqualTo(65);
        assertThat(pointsOn(updated, FIFTH_YEAR)).isEqualTo(70);
        // Three years of residence and of the status recognised with 70 points complete on 2029-11-27.
        assertThat(earliest(updated, Route.POINTS_70)).contains(LocalDate.of(2029, 11, 27));
    }

    /**
     * 20 (master's) + 40 (¥10,000,000) + 5 (age 36) + 10 (5 years) = 75 today; the seventh year brings 80
     * on 2028-11-27, and the 80-point route asks for 80 points on the application and a year before.
     */
    private static Profile eightyAtSevenYears(LocalDate on, int years) {
        return Profile.builder(on, LocalDate.of(1990, 1, 1), 10_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(years), BigDecimal.ZERO)).build();
    }

    private static ApplicantCase residentSince2020(List<Profile> snapshots) {
        return new ApplicantCase(snapshots, new Residence(LocalDate.of(2020, 1, 1), Optional.empty()), Household.NONE,
                OptionalInt.empty());
    }

    @Test
    void theSeventhYearBrings80InTheForecastOnItsDayAndInTheRoutesFromTheSnapshotThatStatesIt() {
        LocalDate seventhYear = LocalDate.of(2028, 11, 27);
        ForecastEvent rise = new Forecaster(ENGINE).forecast(eightyAtSevenYears(TODAY, 5),
                Category.SPECIALIZED_TECHNICAL).events().stream().filter(ForecastEvent::completesExperience)
                .filter(event -> event.date().equals(seventhYear)).findFirst().orElseThrow();
        assertThat(rise.pointsBefore()).isEqualTo(75);
        assertThat(rise.pointsAfter()).isEqualTo(80);

        assertThat(earliest(residentSince2020(List.of(eightyAtSevenYears(TODAY, 5))), Route.POINTS_80)).isEmpty();
        assertThat(earliest(residentSince2020(List.of(eightyAtSevenYears(TODAY, 5),
                eightyAtSevenYears(seventhYear, 7))), Route.POINTS_80)).contains(seventhYear.plusYears(1));
        assertThat(earliest(residentSince2020(List.of(eightyAtSevenYears(TODAY, 5),
                eightyAtSevenYears(seventhYear.plusDays(1), 7))), Route.POINTS_80))
                .contains(seventhYear.plusYears(1).plusDays(1));
    }
}
