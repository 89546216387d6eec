package org.hspnavigator.engine.permanent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Forecaster;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day a forecast's completed year of experience, which the routes do not count (docs/rules.md §11),
 * takes the points to a points route's threshold: on both sides of 70 and of 80, and only for a year of
 * experience (a new rule set or a birthday is what the routes count too).
 */
class UncountedExperienceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Forecaster FORECASTER = new Forecaster(PointsEngine.official());

    private static Message experience(int years) {
        return Message.of("advice.reason.career", years, Category.SPECIALIZED_TECHNICAL.name());
    }

    private static Forecast forecastOf(ForecastEvent... events) {
        return new Forecast(Category.SPECIALIZED_TECHNICAL, TODAY, TODAY.plusYears(5), List.of(events));
    }

    @ParameterizedTest(name = "{0} → {1}: named {2}")
    @CsvSource({"69, 70, true", "65, 70, true", "70, 75, false", "68, 69, false",
        "79, 80, true", "75, 80, true", "80, 85, false", "78, 79, false", "65, 80, true", "80, 75, false"})
    void aYearOfExperienceIsNamedWhenItReaches70Or80FromBelow(int before, int after, boolean named) {
        ForecastEvent event = new ForecastEvent(TODAY.plusYears(1), before, after, List.of(experience(6)));
        assertThat(UncountedExperience.firstRiseToARoute(forecastOf(event)).isPresent()).isEqualTo(named);
    }

    @Test
    void aBirthdayOrARuleSetReachingARoutesPointsIsNotNamed() {
        ForecastEvent birthday = new ForecastEvent(TODAY.plusYears(1), 65, 70,
                List.of(Message.of("advice.reason.birthday", 30)));
        ForecastEvent rules = new ForecastEvent(TODAY.plusYears(2), 75, 80,
                List.of(Message.of("advice.reason.ruleSet", TODAY.plusYears(2))));
        assertThat(UncountedExperience.firstRiseToARoute(forecastOf(birthday, rules))).isEmpty();
    }

    @Test
    void theFirstSuchDayIsNamed() {
        ForecastEvent first = new ForecastEvent(TODAY.plusYears(1), 65, 70, List.of(experience(5)));
        ForecastEvent second = new ForecastEvent(TODAY.plusYears(3), 75, 80, List.of(experience(7)));
        assertThat(UncountedExperience.firstRiseToARoute(forecastOf(first, second))).contains(first);
    }

    /** Ms Li of the examples: 65 from her 30th birthday, 70 again the day her fifth year completes. */
    @Test
    void msLisFifthYearIsNamedOnItsDay() {
        Profile msLi = Profile.builder(TODAY, LocalDate.of(1998, 7, 1), 7_000_000)
                .degree(new Degree(DegreeLevel.MBA_MOT, Optional.of("Business administration"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(3), BigDecimal.ZERO)).build();
        Optional<ForecastEvent> rise = UncountedExperience.firstRiseToARoute(
                FORECASTER.forecast(msLi, Category.SPECIALIZED_TECHNICAL));
        assertThat(rise).map(ForecastEvent::date).contains(LocalDate.of(2028, 11, 27));
        assertThat(rise).map(ForecastEvent::pointsAfter).contains(70);
    }

    /** Mr Zhang of the examples: his seventh year takes 80 to 85, no route's points newly reached. */
    @Test
    void mrZhangsSeventhYearIsNotNamed() {
        Profile mrZhang = Profile.builder(TODAY, LocalDate.of(1994, 3, 10), 8_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ZERO))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(Jlpt.N2), OptionalInt.empty())).build();
        Forecast forecast = FORECASTER.forecast(mrZhang, Category.SPECIALIZED_TECHNICAL);
        assertThat(forecast.events()).anyMatch(event -> event.completesExperience() && event.pointsBefore() == 80
                && event.pointsAfter() == 85);
        assertThat(UncountedExperience.firstRiseToARoute(forecast)).isEmpty();
    }
}
