package org.hspnavigator.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Employer;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A flat addition the applicant meets on a date it is an item in no category earns no points and says
 * so in a note, in every category; from the day it is in force it is an item and the note is gone
 * (docs/rules.md §9, §10, Decision: local-government support counts from 2023-03-31). The case files
 * check points and items only, not notes.
 */
class AdditionNotInForceTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final Message BEFORE_NATIONWIDE =
            Message.of("note.localGovernmentSupport.beforeNationwide", LocalDate.of(2023, 3, 30));

    @Test
    void theDayBeforeItExistsTheAdditionIsANoteInEveryCategory() {
        ScoreResult result = ENGINE.score(supportedOn(LocalDate.of(2023, 3, 30)));
        assertThat(result.assessments()).hasSize(3).allSatisfy(assessment -> {
            assertThat(assessment.notes()).containsExactly(BEFORE_NATIONWIDE);
            assertThat(assessment.items()).noneMatch(item -> item.criterion() == CriterionId.LOCAL_GOVERNMENT_SUPPORT);
        });
    }

    @Test
    void fromTheDayItExistsTheAdditionIsAnItemAndNoNote() {
        ScoreResult result = ENGINE.score(supportedOn(LocalDate.of(2023, 3, 31)));
        assertThat(result.assessments()).hasSize(3).allSatisfy(assessment -> {
            assertThat(assessment.notes()).isEmpty();
            assertThat(assessment.items()).anyMatch(item -> item.criterion() == CriterionId.LOCAL_GOVERNMENT_SUPPORT
                    && item.points() == 10);
        });
    }

    @Test
    void anInvestmentOfTheItemsAmountTheDayBeforeItExistsIsANoteInBusinessManagementOnly() {
        LocalDate dayBefore = LocalDate.of(2017, 4, 25);
        ScoreResult result = ENGINE.score(investedOn(dayBefore, 100_000_000L));
        Message note = Message.of("note.notInForce", "investment", dayBefore, LocalDate.of(2013, 12, 24));
        assertThat(result.assessment(Category.BUSINESS_MANAGEMENT).orElseThrow().notes()).containsExactly(note);
        assertThat(result.assessments()).allSatisfy(assessment ->
                assertThat(assessment.items()).noneMatch(item -> item.criterion() == CriterionId.INVESTMENT));
        assertThat(result.assessment(Category.ACADEMIC_RESEARCH).orElseThrow().notes()).doesNotContain(note);
        assertThat(result.assessment(Category.SPECIALIZED_TECHNICAL).orElseThrow().notes()).doesNotContain(note);
    }

    @Test
    void anInvestmentBelowTheItemsAmountTheDayBeforeItExistsIsNoNote() {
        ScoreResult result = ENGINE.score(investedOn(LocalDate.of(2017, 4, 25), 99_999_999L));
        assertThat(result.assessments()).allSatisfy(assessment -> assertThat(assessment.notes()).isEmpty());
    }

    @Test
    void fromTheDayItExistsTheInvestmentIsAnItemAndNoNote() {
        ScoreResult result = ENGINE.score(investedOn(LocalDate.of(2017, 4, 26), 100_000_000L));
        Assessment management = result.assessment(Category.BUSINESS_MANAGEMENT).orElseThrow();
        assertThat(management.notes()).isEmpty();
        assertThat(management.items()).anyMatch(item -> item.criterion() == CriterionId.INVESTMENT && item.points() == 5);
    }

    private static Profile investedOn(LocalDate referenceDate, long yen) {
        return Profile.builder(referenceDate, LocalDate.of(1970, 5, 1), 30_000_000L).investmentYen(yen).build();
    }

    private static Profile supportedOn(LocalDate referenceDate) {
        return Profile.builder(referenceDate, LocalDate.of(1990, 5, 1), 8_000_000L)
                .employer(new Employer(false, false, Optional.empty(), true, false))
                .build();
    }
}
