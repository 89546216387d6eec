package org.hspnavigator.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.junit.jupiter.api.Test;

/** The advisor on worked examples: what it suggests first, and what it never suggests. */
class AdvisorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Advisor ADVISOR = new Advisor(PointsEngine.official());

    /** Ms. Li of examples/ms-li.json: 70 points in specialized/technical. */
    private static Profile msLi() {
        return Profile.builder(TODAY, LocalDate.of(1998, 7, 1), 7_000_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Finance"), false, false, false))
                .degree(new Degree(DegreeLevel.MBA_MOT, Optional.of("Business administration"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("3"), BigDecimal.ZERO))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(Jlpt.N3), OptionalInt.empty())).build();
    }

    @Test
    void theCheapestWayTo80IsJlptN2AndN1IsNotAdvisedBesideIt() {
        Advice advice = ADVISOR.advise(msLi(), Category.SPECIALIZED_TECHNICAL, 80);
        assertThat(advice.reached()).isFalse();
        Suggestion first = advice.suggestions().get(0);
        assertThat(first.levers()).extracting(Lever::id).containsExactly("jlptN2");
        assertThat(first.changes().get(0).pointsGained()).isEqualTo(10);
        assertThat(first.pointsAfter()).isEqualTo(80);
        assertThat(first.effort()).isEqualTo(Effort.EXAM.rank());
        assertThat(advice.suggestions()).flatExtracting(Suggestion::levers).extracting(Lever::id)
                .doesNotContain("jlptN1");
    }

    @Test
    void anEmployerWithInnovationSupportIsAdvisedNotAnSmeWithItWhenTheSmallerChangeSuffices() {
        // 60 points in specialized/technical: innovation support (+10) reaches 70 alone, so an SME with
        // innovation support (+20), which includes it, is not a smallest change.
        Profile sixtyPoints = Profile.builder(TODAY, LocalDate.of(1990, 1, 1), 7_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("5"), BigDecimal.ZERO)).build();
        Advice to70 = ADVISOR.advise(sixtyPoints, Category.SPECIALIZED_TECHNICAL, 70);
        assertThat(to70.current().points()).isEqualTo(60);
        assertThat(to70.suggestions()).flatExtracting(Suggestion::levers).extracting(Lever::id)
                .contains("employer.innovationSupport").doesNotContain("employer.smeInnovationSupport");
        // To 80 only the SME with innovation support (+20) suffices among the employers: then it is advised.
        Advice to80 = ADVISOR.advise(sixtyPoints, Category.SPECIALIZED_TECHNICAL, 80);
        assertThat(to80.suggestions()).filteredOn(s -> s.levers().size() == 1).flatExtracting(Suggestion::levers)
                .extracting(Lever::id).contains("employer.smeInnovationSupport")
                .doesNotContain("employer.innovationSupport");
    }

    @Test
    void theSmallestSufficientSalaryIsAdvisedNotAHigherOne() {
        Advice advice = ADVISOR.advise(msLi(), Category.SPECIALIZED_TECHNICAL, 80);
        List<Suggestion> salaryAlone = advice.suggestions().stream()
                .filter(s -> s.levers().size() == 1 && s.levers().get(0).id().equals("salary")).toList();
        assertThat(salaryAlone).hasSize(1);
        assertThat(salaryAlone.get(0).levers().get(0).description().arguments()).containsExactly(9_000_000L, 7_000_000L);
    }

    @Test
    void suggestionsAreRankedByEffortThenSize() {
        List<Suggestion> suggestions = ADVISOR.advise(msLi(), Category.SPECIALIZED_TECHNICAL, 80).suggestions();
        for (int i = 1; i < suggestions.size(); i++) {
            Suggestion before = suggestions.get(i - 1);
            Suggestion after = suggestions.get(i);
            assertThat(before.effort() < after.effort() || (before.effort() == after.effort()
                    && before.changes().size() <= after.changes().size())).as("%s before %s", before, after).isTrue();
        }
    }

    @Test
    void aWaitingSuggestionIsScoredOnItsDateWithTheAgeOfThatDate() {
        Advice advice = ADVISOR.advise(msLi(), Category.SPECIALIZED_TECHNICAL, 80);
        Suggestion withWait = advice.suggestions().stream()
                .filter(s -> s.levers().stream().anyMatch(l -> l.group() == LeverGroup.CAREER_WAIT)).findFirst()
                .orElseThrow();
        assertThat(withWait.scoredOn()).isAfter(TODAY);
        // 7 years on 2030-11-27 add 10 for experience but she is 32 then: age 15 -> 10, so the wait nets +5.
        Change wait = withWait.changes().stream().filter(c -> c.lever().group() == LeverGroup.CAREER_WAIT)
                .findFirst().orElseThrow();
        assertThat(wait.lever().description().arguments().get(0)).isEqualTo(LocalDate.of(2030, 11, 27));
        assertThat(wait.pointsGained()).isEqualTo(5);
    }

    @Test
    void atTheTargetThereIsNothingToSuggestButStillAForecast() {
        Advice advice = ADVISOR.advise(msLi(), Category.SPECIALIZED_TECHNICAL, 70);
        assertThat(advice.reached()).isTrue();
        assertThat(advice.suggestions()).isEmpty();
        assertThat(advice.forecast().events()).isNotEmpty();
    }

    @Test
    void belowTheSalaryFloorPointsAloneDoNotReachTheTarget() {
        Profile profile = Profile.builder(TODAY, LocalDate.of(1998, 1, 1), 2_900_000)
                .degree(new Degree(DegreeLevel.DOCTORATE, Optional.of("Physics"), true, false, false))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(Jlpt.N1), OptionalInt.empty()))
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("3"), BigDecimal.ZERO)).build();
        Advice advice = ADVISOR.advise(profile, Category.SPECIALIZED_TECHNICAL, 70);
        assertThat(advice.current().points()).isGreaterThanOrEqualTo(70);
        assertThat(advice.reached()).isFalse();
        assertThat(advice.suggestions().get(0).levers().get(0).description().arguments())
                .containsExactly(3_000_000L, 2_900_000L);
    }

    @Test
    void withoutACategoryTheBestIsAdvisedOn() {
        Advice advice = ADVISOR.advise(msLi(), 80);
        assertThat(advice.category()).isEqualTo(Category.SPECIALIZED_TECHNICAL);
    }

    @Test
    void aSmallerSearchFindsOnlySmallerSets() {
        Advice one = new Advisor(PointsEngine.official(), 1).advise(msLi(), Category.SPECIALIZED_TECHNICAL, 80);
        assertThat(one.suggestions()).allMatch(s -> s.changes().size() == 1).isNotEmpty();
    }
}
