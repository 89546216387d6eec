package org.hspnavigator.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.RandomProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The points-over-time forecast: which days the points change, and the last day before a drop. */
class ForecasterTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final Forecaster FORECASTER = new Forecaster(ENGINE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void turning30DropsAgePointsAndTheLastDayToApplyIsTheDayBefore() {
        Profile profile = Profile.builder(TODAY, LocalDate.of(1998, 7, 1), 7_000_000)
                .degree(new Degree(DegreeLevel.MBA_MOT, Optional.of("Business"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("3"), BigDecimal.ZERO)).build();
        List<ForecastEvent> events = FORECASTER.forecast(profile, Category.SPECIALIZED_TECHNICAL).events();
        assertThat(events).extracting(ForecastEvent::date).containsExactly(LocalDate.of(2028, 7, 1),
                LocalDate.of(2028, 11, 27), LocalDate.of(2030, 11, 27));
        ForecastEvent birthday = events.get(0);
        assertThat(birthday.pointsBefore()).isEqualTo(70);
        assertThat(birthday.pointsAfter()).isEqualTo(65);
        assertThat(birthday.lastDayBefore()).contains(LocalDate.of(2028, 6, 30));
        assertThat(birthday.reasons()).extracting(m -> m.key()).containsExactly("advice.reason.birthday");
        assertThat(events.get(1).isDrop()).isFalse();
        assertThat(events.get(1).lastDayBefore()).isEmpty();
    }

    @Test
    void turning40ClosesTheSevenMillionBracketOnTheBirthday() {
        Profile profile = Profile.builder(TODAY, LocalDate.of(1987, 3, 10), 7_500_000).build();
        List<ForecastEvent> events = FORECASTER.forecast(profile, Category.SPECIALIZED_TECHNICAL).events();
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(events.get(0).pointsBefore() - events.get(0).pointsAfter()).isEqualTo(25 + 5);
        assertThat(events.get(0).lastDayBefore()).contains(LocalDate.of(2027, 3, 9));
        // With no experience stated, experience in the activity starts growing from the reference date.
        assertThat(events).extracting(ForecastEvent::date).containsExactly(LocalDate.of(2027, 3, 10),
                LocalDate.of(2029, 11, 27), LocalDate.of(2031, 11, 27));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayDropsOnTheFirstOfMarch() {
        Profile profile = Profile.builder(LocalDate.of(2025, 6, 1), LocalDate.of(1996, 2, 29), 4_500_000).build();
        List<ForecastEvent> events = FORECASTER.forecast(profile, Category.SPECIALIZED_TECHNICAL).events();
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(events.get(0).lastDayBefore()).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void businessManagementHasNoAgeItemSoOnlyExperienceMovesIt() {
        Profile profile = Profile.builder(TODAY, LocalDate.of(1997, 1, 1), 20_000_000)
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2.5"))).build();
        List<ForecastEvent> events = FORECASTER.forecast(profile, Category.BUSINESS_MANAGEMENT).events();
        assertThat(events).allMatch(e -> e.pointsAfter() > e.pointsBefore());
        assertThat(events).extracting(ForecastEvent::pointsAfter).containsExactly(40, 45, 50);
    }

    @Test
    void aRuleSetThatStartsWithinTheYearsIsAReason() {
        Profile profile = Profile.builder(LocalDate.of(2016, 1, 1), LocalDate.of(1980, 1, 1), 9_000_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Physics"), false, false, false)).build();
        List<ForecastEvent> events = FORECASTER.forecast(profile, Category.ACADEMIC_RESEARCH).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2017, 4, 26));
            assertThat(e.pointsAfter() - e.pointsBefore()).isEqualTo(10);
            assertThat(e.reasons()).extracting(m -> m.key()).containsExactly("advice.reason.ruleSet");
        });
    }

    /** Scoring every day of the 5 years finds exactly the days the forecast lists, with the same points. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1127L})
    void theEventsAreExactlyTheDaysThePointsChange(long seed) {
        RandomProfiles profiles = new RandomProfiles(seed);
        Random random = new Random(seed);
        for (int i = 0; i < 12; i++) {
            Profile profile = profiles.next();
            Category category = Category.values()[random.nextInt(3)];
            Forecast forecast = FORECASTER.forecast(profile, category);
            Projection projection = new Projection(profile, category);
            List<ForecastEvent> scanned = new ArrayList<>();
            int before = points(projection.on(profile.referenceDate()), category);
            for (LocalDate day = profile.referenceDate().plusDays(1); !day.isAfter(forecast.to()); day = day.plusDays(1)) {
                int after = points(projection.on(day), category);
                if (after != before) {
                    scanned.add(new ForecastEvent(day, before, after, List.of()));
                }
                before = after;
            }
            assertThat(forecast.events()).as("%s in %s", profile, category)
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("reasons").isEqualTo(scanned);
        }
    }

    private static int points(Profile profile, Category category) {
        return ENGINE.score(profile, EnumSet.of(category)).assessments().get(0).points();
    }
}
