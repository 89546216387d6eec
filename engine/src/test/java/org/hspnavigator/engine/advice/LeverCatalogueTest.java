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
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.junit.jupiter.api.Test;

/** Which levers the catalogue offers, on both sides of the bounds that decide it. */
class LeverCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Advisor ADVISOR = new Advisor(PointsEngine.official());

    private static Profile.Builder aged(int years, long salary) {
        return Profile.builder(TODAY, TODAY.minusYears(years).minusDays(100), salary)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Physics"), false, false, false));
    }

    private static List<Lever> levers(Profile profile, Category category) {
        return ADVISOR.levers(profile, category);
    }

    private static List<Object> arguments(List<Lever> levers, String id) {
        return levers.stream().filter(l -> l.id().equals(id)).map(l -> l.description().arguments().get(0)).toList();
    }

    @Test
    void salaryOneYenBelowABracketAsksForExactlyTheBound() {
        List<Lever> levers = levers(aged(32, 7_999_999).build(), Category.SPECIALIZED_TECHNICAL);
        assertThat(arguments(levers, "salary")).first().isEqualTo(8_000_000L);
        Lever first = levers.stream().filter(l -> l.id().equals("salary")).findFirst().orElseThrow();
        assertThat(first.description().arguments()).containsExactly(8_000_000L, 7_999_999L);
    }

    @Test
    void aRaiseOfAtMost20PercentIsANegotiationALargerOneANewJob() {
        assertThat(LeverCatalogue.salaryEffort(5_000_000, 6_000_000)).isEqualTo(Effort.SALARY);
        assertThat(LeverCatalogue.salaryEffort(4_999_999, 6_000_000)).isEqualTo(Effort.WORK);
        List<Lever> levers = levers(aged(32, 7_999_999).build(), Category.SPECIALIZED_TECHNICAL);
        assertThat(levers.stream().filter(l -> l.id().equals("salary")).map(Lever::effort))
                .containsExactly(Effort.SALARY, Effort.SALARY, Effort.WORK);
    }

    @Test
    void salaryExactlyAtABracketAsksForTheNextOne() {
        List<Lever> levers = levers(aged(32, 8_000_000).build(), Category.SPECIALIZED_TECHNICAL);
        assertThat(arguments(levers, "salary")).containsExactly(9_000_000L, 10_000_000L);
    }

    @Test
    void theDayBefore35TheFiveMillionBracketIsStillOpenOnTheBirthdayItIsClosed() {
        LocalDate birth = TODAY.minusYears(35);
        Profile dayBefore = Profile.builder(TODAY, birth.plusDays(1), 4_500_000).build();
        Profile onBirthday = Profile.builder(TODAY, birth, 4_500_000).build();
        assertThat(arguments(levers(dayBefore, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(5_000_000L);
        assertThat(arguments(levers(onBirthday, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(6_000_000L);
    }

    @Test
    void theDayBefore30TheFourMillionBracketIsOpenOnTheBirthdayItIsClosed() {
        LocalDate birth = TODAY.minusYears(30);
        Profile dayBefore = Profile.builder(TODAY, birth.plusDays(1), 3_500_000).build();
        Profile onBirthday = Profile.builder(TODAY, birth, 3_500_000).build();
        assertThat(arguments(levers(dayBefore, Category.ACADEMIC_RESEARCH), "salary")).first().isEqualTo(4_000_000L);
        assertThat(arguments(levers(onBirthday, Category.ACADEMIC_RESEARCH), "salary")).first().isEqualTo(5_000_000L);
    }

    @Test
    void theDayBefore40TheSevenMillionBracketIsOpenOnTheBirthdayOnlyEightMillionScores() {
        LocalDate birth = TODAY.minusYears(40);
        Profile dayBefore = Profile.builder(TODAY, birth.plusDays(1), 6_500_000).build();
        Profile onBirthday = Profile.builder(TODAY, birth, 6_500_000).build();
        assertThat(arguments(levers(dayBefore, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(7_000_000L);
        assertThat(arguments(levers(onBirthday, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(8_000_000L);
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayTurns30OnTheFirstOfMarch() {
        LocalDate birth = LocalDate.of(1996, 2, 29);
        Profile lastDayAt29 = Profile.builder(LocalDate.of(2026, 2, 28), birth, 3_500_000).build();
        Profile firstDayAt30 = Profile.builder(LocalDate.of(2026, 3, 1), birth, 3_500_000).build();
        assertThat(arguments(levers(lastDayAt29, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(4_000_000L);
        assertThat(arguments(levers(firstDayAt30, Category.SPECIALIZED_TECHNICAL), "salary")).first().isEqualTo(5_000_000L);
    }

    @Test
    void belowTheSalaryFloorTheFloorIsALever() {
        List<Lever> levers = levers(aged(32, 2_900_000).build(), Category.SPECIALIZED_TECHNICAL);
        assertThat(arguments(levers, "salary")).first().isEqualTo(3_000_000L);
        assertThat(arguments(levers(aged(32, 2_900_000).build(), Category.ACADEMIC_RESEARCH), "salary"))
                .first().isEqualTo(5_000_000L);
    }

    @Test
    void businessManagementSalaryIsNotAgeGated() {
        List<Lever> levers = levers(aged(45, 12_000_000).build(), Category.BUSINESS_MANAGEMENT);
        assertThat(arguments(levers, "salary")).containsExactly(15_000_000L, 20_000_000L, 25_000_000L, 30_000_000L);
    }

    @Test
    void experienceReachingAThresholdOnTheAnniversaryIsAWaitingLever() {
        Profile fourYears = aged(32, 8_000_000)
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("4"), BigDecimal.ZERO)).build();
        List<Lever> waits = levers(fourYears, Category.SPECIALIZED_TECHNICAL).stream()
                .filter(l -> l.group() == LeverGroup.CAREER_WAIT).toList();
        assertThat(waits).extracting(l -> l.description().arguments().get(0))
                .containsExactly(LocalDate.of(2027, 11, 27), LocalDate.of(2029, 11, 27));
        Profile then = waits.get(0).applyTo(fourYears);
        assertThat(then.referenceDate()).isEqualTo(LocalDate.of(2027, 11, 27));
        assertThat(then.careerYears().specializedTechnical()).isEqualByComparingTo("5");
    }

    @Test
    void experienceAtAThresholdWaitsForTheNextOne() {
        Profile fiveYears = aged(32, 8_000_000)
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("5"), BigDecimal.ZERO)).build();
        assertThat(levers(fiveYears, Category.SPECIALIZED_TECHNICAL).stream()
                .filter(l -> l.group() == LeverGroup.CAREER_WAIT).map(l -> l.description().arguments().get(1)))
                .containsExactly(7L, 10L);
    }

    @Test
    void academicResearchDoesNotWaitFor10YearsWhichScoreNoMoreThan7() {
        Profile eightYears = aged(32, 8_000_000)
                .careerYears(new CareerYears(new BigDecimal("8"), BigDecimal.ZERO, BigDecimal.ZERO)).build();
        assertThat(levers(eightYears, Category.ACADEMIC_RESEARCH)).noneMatch(l -> l.group() == LeverGroup.CAREER_WAIT);
    }

    @Test
    void jlptLeversStartAboveTheLevelHeld() {
        assertThat(ids(levers(withJlpt(null), Category.SPECIALIZED_TECHNICAL))).contains("jlptN2", "jlptN1");
        assertThat(ids(levers(withJlpt(Jlpt.N3), Category.SPECIALIZED_TECHNICAL))).contains("jlptN2", "jlptN1");
        assertThat(ids(levers(withJlpt(Jlpt.N2), Category.SPECIALIZED_TECHNICAL)))
                .contains("jlptN1").doesNotContain("jlptN2");
        assertThat(ids(levers(withJlpt(Jlpt.N1), Category.SPECIALIZED_TECHNICAL)))
                .doesNotContain("jlptN2", "jlptN1");
    }

    @Test
    void n2IsNotOfferedBesideAJapaneseDegreeButN1Is() {
        Profile profile = aged(32, 8_000_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Law"), true, false, false)).build();
        assertThat(ids(levers(profile, Category.SPECIALIZED_TECHNICAL))).contains("jlptN1").doesNotContain("jlptN2");
    }

    @Test
    void aBjtScoreOf480AlreadyMeetsTheN1Tier() {
        Profile profile = aged(32, 8_000_000)
                .japaneseLanguage(new JapaneseLanguage(Optional.empty(), OptionalInt.of(480))).build();
        assertThat(ids(levers(profile, Category.SPECIALIZED_TECHNICAL))).doesNotContain("jlptN2", "jlptN1");
        Profile below = aged(32, 8_000_000)
                .japaneseLanguage(new JapaneseLanguage(Optional.empty(), OptionalInt.of(479))).build();
        assertThat(ids(levers(below, Category.SPECIALIZED_TECHNICAL))).contains("jlptN1").doesNotContain("jlptN2");
    }

    @Test
    void leversExistOnlyInTheCategoriesWhoseTableRewardsThem() {
        Profile profile = aged(32, 8_000_000).build();
        assertThat(ids(levers(profile, Category.SPECIALIZED_TECHNICAL)))
                .contains("qualifications1", "qualifications2", "patent", "papers", "employer.investmentManagement")
                .doesNotContain("positionDIRECTOR", "investment");
        assertThat(ids(levers(profile, Category.ACADEMIC_RESEARCH)))
                .contains("patent").doesNotContain("qualifications1", "employer.investmentManagement", "investment");
        assertThat(ids(levers(profile, Category.BUSINESS_MANAGEMENT)))
                .contains("positionDIRECTOR", "positionREPRESENTATIVE", "investment")
                .doesNotContain("qualifications1", "patent", "papers");
    }

    @Test
    void noLeverForWhatIsAlreadyHeld() {
        Profile profile = aged(32, 8_000_000).japaneseNationalQualifications(2).position(ExecutivePosition.REPRESENTATIVE)
                .foreignQualification(true).build();
        assertThat(ids(levers(profile, Category.SPECIALIZED_TECHNICAL)))
                .doesNotContain("qualifications1", "qualifications2", "foreignQualification");
        assertThat(ids(levers(profile, Category.BUSINESS_MANAGEMENT)))
                .doesNotContain("positionDIRECTOR", "positionREPRESENTATIVE");
    }

    @Test
    void researchWithTwoTestsMetInAcademicResearchHasNoMoreToGain() {
        Profile profile = aged(32, 8_000_000)
                .research(new org.hspnavigator.engine.profile.Research(1, 0, 3, false)).build();
        assertThat(ids(levers(profile, Category.ACADEMIC_RESEARCH))).doesNotContain("grantFundedProjects");
        Profile oneTest = aged(32, 8_000_000)
                .research(new org.hspnavigator.engine.profile.Research(1, 0, 2, false)).build();
        assertThat(ids(levers(oneTest, Category.ACADEMIC_RESEARCH))).contains("papers", "grantFundedProjects");
        assertThat(ids(levers(oneTest, Category.SPECIALIZED_TECHNICAL))).doesNotContain("papers", "grantFundedProjects");
    }

    private static Profile withJlpt(Jlpt level) {
        return aged(32, 8_000_000)
                .japaneseLanguage(new JapaneseLanguage(Optional.ofNullable(level), OptionalInt.empty())).build();
    }

    private static List<String> ids(List<Lever> levers) {
        return levers.stream().map(Lever::id).toList();
    }
}
