package org.hspnavigator.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
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

    private static Profile supportedOn(LocalDate referenceDate) {
        return Profile.builder(referenceDate, LocalDate.of(1990, 5, 1), 8_000_000L)
                .employer(new Employer(false, false, Optional.empty(), true, false))
                .build();
    }
}
