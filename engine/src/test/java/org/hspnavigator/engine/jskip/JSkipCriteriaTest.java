package org.hspnavigator.engine.jskip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.JSkipBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** J-Skip criteria (docs/rules.md §13) on both sides of every bound: date, salary, degree, experience. */
class JSkipCriteriaTest {

    private static final JSkipCriteria CRITERIA = JSkipCriteria.official();
    private static final LocalDate ON = LocalDate.of(2026, 11, 27);

    private static Profile profile(LocalDate date, long salary, DegreeLevel degree, String technicalYears,
            String managementYears) {
        Profile.Builder builder = Profile.builder(date, LocalDate.of(1980, 1, 1), salary)
                .careerYears(new CareerYears(new BigDecimal(technicalYears), new BigDecimal(technicalYears),
                        new BigDecimal(managementYears)));
        if (degree != null) {
            builder.degree(new Degree(degree, Optional.of("Physics"), false, false, false));
        }
        return builder.build();
    }

    @ParameterizedTest(name = "{0} with {1} yen in {2}: {3}")
    @CsvSource({
        "DOCTORATE, 20000000, ACADEMIC_RESEARCH, true",
        "MBA_MOT, 20000000, SPECIALIZED_TECHNICAL, true",
        "MASTER, 20000000, SPECIALIZED_TECHNICAL, true",
        "PROFESSIONAL, 20000000, ACADEMIC_RESEARCH, true",
        "BACHELOR, 20000000, SPECIALIZED_TECHNICAL, false",
        "MASTER, 19999999, SPECIALIZED_TECHNICAL, false",
        "MASTER, 39999999, BUSINESS_MANAGEMENT, false",
    })
    void theDegreeLineNeedsAGraduateDegreeAndTwentyMillion(DegreeLevel degree, long salary, Category category,
            boolean met) {
        JSkipVerdict verdict = CRITERIA.assess(profile(ON, salary, degree, "0", "0"), category);
        assertThat(verdict.met()).isEqualTo(met);
        if (met) {
            assertThat(verdict.line()).get().extracting(l -> l.basis()).isEqualTo(JSkipBasis.GRADUATE_DEGREE);
        }
    }

    @ParameterizedTest(name = "{0} years of technical work with {1} yen: {2}")
    @CsvSource({"10, 20000000, true", "9.99, 20000000, false", "10, 19999999, false", "25, 20000000, true"})
    void theExperienceLineCountsCompletedYears(String years, long salary, boolean met) {
        assertThat(CRITERIA.assess(profile(ON, salary, DegreeLevel.BACHELOR, years, "0"), Category.SPECIALIZED_TECHNICAL)
                .met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} years of management with {1} yen: {2}")
    @CsvSource({"5, 40000000, true", "4.99, 40000000, false", "5, 39999999, false"})
    void businessManagementNeedsFiveYearsAndFortyMillion(String years, long salary, boolean met) {
        assertThat(CRITERIA.assess(profile(ON, salary, DegreeLevel.DOCTORATE, "0", years), Category.BUSINESS_MANAGEMENT)
                .met()).isEqualTo(met);
    }

    @Test
    void nothingIsMetBeforeTwentyFirstAprilTwentyTwentyThree() {
        Profile rich = profile(LocalDate.of(2023, 4, 20), 50_000_000, DegreeLevel.DOCTORATE, "20", "20");
        for (Category category : Category.values()) {
            JSkipVerdict before = CRITERIA.assess(rich, category);
            assertThat(before.met()).isFalse();
            assertThat(before.basis().key()).isEqualTo("jskip.notInForce");
            assertThat(CRITERIA.assess(rich.withReferenceDate(LocalDate.of(2023, 4, 21)), category).met()).isTrue();
        }
        assertThat(CRITERIA.firstDate()).isEqualTo(LocalDate.of(2023, 4, 21));
    }

    @Test
    void anyCategoryTakesTheFirstThatMeetsTheCriteria() {
        JSkipVerdict management = CRITERIA.assessAny(profile(ON, 40_000_000, DegreeLevel.BACHELOR, "0", "5"));
        assertThat(management.category()).contains(Category.BUSINESS_MANAGEMENT);
        JSkipVerdict research = CRITERIA.assessAny(profile(ON, 40_000_000, DegreeLevel.MASTER, "0", "5"));
        assertThat(research.category()).contains(Category.ACADEMIC_RESEARCH);
        JSkipVerdict none = CRITERIA.assessAny(profile(ON, 19_000_000, DegreeLevel.MASTER, "0", "5"));
        assertThat(none.met()).isFalse();
        assertThat(none.category()).isEmpty();
        assertThat(none.basis().key()).isEqualTo("jskip.notMetInAnyCategory");
    }
}
