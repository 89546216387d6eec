package org.hspnavigator.engine.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Message;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The family rules over plain facts, on both sides of every bound; the case files cover them end to end. */
class FamilyPreferencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private final FamilyPreferences engine = new FamilyPreferences();

    private static FamilyFacts facts(LocalDate date, long hsp, long spouse, List<LocalDate> children) {
        return new FamilyFacts(date, hsp, spouse, children, false, false, true, false, false, Optional.empty());
    }

    private Preference assess(FamilyFacts facts, PreferenceId id) {
        return engine.assess(facts).preference(id);
    }

    @Nested
    class Parents {

        @ParameterizedTest(name = "household income {0} + {1}: eligible {2}")
        @CsvSource({"8000000, 0, true", "7999999, 0, false", "5000000, 3000000, true", "5000000, 2999999, false"})
        void needEightMillionYenOfHouseholdIncome(long hsp, long spouse, boolean eligible) {
            Preference parents = assess(facts(DAY, hsp, spouse, List.of(LocalDate.of(2024, 1, 1))), PreferenceId.PARENTS);
            assertThat(parents.eligible()).isEqualTo(eligible);
        }

        @Test
        void endOnTheYoungestChildsSeventhBirthday() {
            List<LocalDate> children = List.of(LocalDate.of(2015, 3, 3), LocalDate.of(2020, 6, 15));
            Preference dayBefore = assess(facts(LocalDate.of(2027, 6, 14), 9_000_000, 0, children), PreferenceId.PARENTS);
            assertThat(dayBefore.eligible()).isTrue();
            assertThat(dayBefore.endsOn()).contains(LocalDate.of(2027, 6, 15));
            assertThat(dayBefore.lastDay()).contains(LocalDate.of(2027, 6, 14));
            Preference birthday = assess(facts(LocalDate.of(2027, 6, 15), 9_000_000, 0, children), PreferenceId.PARENTS);
            assertThat(birthday.eligible()).isFalse();
            assertThat(birthday.reasons()).contains(Message.of("family.parents.childTurned7", LocalDate.of(2020, 6, 15),
                    LocalDate.of(2027, 6, 15), 7));
        }

        @Test
        void aChildBornOn29FebruaryTurnsSevenOn1MarchInACommonYear() {
            List<LocalDate> child = List.of(LocalDate.of(2020, 2, 29));
            Preference onThe28th = assess(facts(LocalDate.of(2027, 2, 28), 9_000_000, 0, child), PreferenceId.PARENTS);
            assertThat(onThe28th.eligible()).isTrue();
            assertThat(onThe28th.endsOn()).contains(LocalDate.of(2027, 3, 1));
            assertThat(assess(facts(LocalDate.of(2027, 3, 1), 9_000_000, 0, child), PreferenceId.PARENTS).eligible()).isFalse();
        }

        @Test
        void aPregnancyAloneSufficesAndLeavesTheEndOpen() {
            FamilyFacts pregnant = new FamilyFacts(DAY, 8_000_000, 0, List.of(LocalDate.of(2010, 1, 1)), true, false, true,
                    false, false, Optional.empty());
            Preference parents = assess(pregnant, PreferenceId.PARENTS);
            assertThat(parents.eligible()).isTrue();
            assertThat(parents.endsOn()).isEmpty();
            assertThat(parents.reasons()).contains(Message.of("family.parents.untilUnbornTurns7", 7));
        }

        @Test
        void aChildNotYetBornOnTheDateDoesNotCount() {
            Preference parents = assess(facts(LocalDate.of(2025, 1, 1), 9_000_000, 0, List.of(LocalDate.of(2025, 1, 2))),
                    PreferenceId.PARENTS);
            assertThat(parents.eligible()).isFalse();
            assertThat(parents.reasons()).contains(Message.of("family.parents.noChild", 7));
            assertThat(assess(facts(LocalDate.of(2025, 1, 2), 9_000_000, 0, List.of(LocalDate.of(2025, 1, 2))),
                    PreferenceId.PARENTS).eligible()).isTrue();
        }
    }

    @Nested
    class DomesticWorkers {

        @Test
        void familyCircumstancesNeedTenMillionYenAndAChildUnder13UntilTheirBirthday() {
            List<LocalDate> child = List.of(LocalDate.of(2014, 5, 10));
            assertThat(assess(facts(DAY, 9_999_999, 0, child), PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES).eligible())
                    .isFalse();
            Preference before = assess(facts(LocalDate.of(2027, 5, 9), 10_000_000, 0, child),
                    PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES);
            assertThat(before.eligible()).isTrue();
            assertThat(before.workers()).isEqualTo(1);
            assertThat(before.endsOn()).contains(LocalDate.of(2027, 5, 10));
            assertThat(assess(facts(LocalDate.of(2027, 5, 10), 10_000_000, 0, child),
                    PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES).eligible()).isFalse();
        }

        @Test
        void aSpouseUnableToDoHouseworkSufficesWithoutEnd() {
            FamilyFacts facts = new FamilyFacts(DAY, 10_000_000, 0, List.of(), false, true, true, false, false,
                    Optional.empty());
            Preference worker = assess(facts, PreferenceId.DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES);
            assertThat(worker.eligible()).isTrue();
            assertThat(worker.endsOn()).isEmpty();
        }

        @Test
        void theAccompanyingWorkerIsNotAssessedWithoutTheFact() {
            Preference unknown = assess(facts(DAY, 12_000_000, 0, List.of()), PreferenceId.DOMESTIC_WORKER_ACCOMPANYING);
            assertThat(unknown.eligibility()).isEqualTo(Eligibility.NOT_ASSESSED);
            assertThat(unknown.reasons()).contains(Message.of("family.domesticWorkerAccompanying.needsInput"));
            FamilyFacts known = new FamilyFacts(DAY, 12_000_000, 0, List.of(), false, false, true, false, false,
                    Optional.of(true));
            assertThat(assess(known, PreferenceId.DOMESTIC_WORKER_ACCOMPANYING).workers()).isEqualTo(1);
            FamilyFacts poor = new FamilyFacts(DAY, 9_999_999, 0, List.of(), false, false, true, false, false,
                    Optional.of(true));
            assertThat(assess(poor, PreferenceId.DOMESTIC_WORKER_ACCOMPANYING).eligibility())
                    .isEqualTo(Eligibility.NOT_ELIGIBLE);
        }

        @ParameterizedTest(name = "investment management at {0}: {1} workers")
        @CsvSource({"9999999, 0", "10000000, 1", "29999999, 1", "30000000, 2"})
        void investmentManagementAllowsASecondWorkerAtThirtyMillionYen(long income, int workers) {
            FamilyFacts facts = new FamilyFacts(DAY, income, 0, List.of(), false, false, true, false, true,
                    Optional.empty());
            assertThat(assess(facts, PreferenceId.DOMESTIC_WORKER_INVESTMENT_MANAGEMENT).workers()).isEqualTo(workers);
            assertThat(engine.assess(facts).maxDomesticWorkers()).isEqualTo(workers);
        }

        @ParameterizedTest(name = "J-Skip on {0} at {1}: {2} workers")
        @CsvSource({"2026-11-27, 29999999, 0", "2026-11-27, 30000000, 2", "2023-04-20, 30000000, 0",
            "2023-04-21, 30000000, 2"})
        void jSkipAllowsTwoWorkersAtThirtyMillionYenFromItsStart(LocalDate date, long income, int workers) {
            FamilyFacts facts = new FamilyFacts(date, income, 0, List.of(), false, false, true, true, false,
                    Optional.empty());
            assertThat(assess(facts, PreferenceId.DOMESTIC_WORKER_J_SKIP).workers()).isEqualTo(workers);
        }

        @Test
        void theHouseholdMaximumIsTheLargestTypeNotTheSum() {
            FamilyFacts facts = new FamilyFacts(DAY, 31_000_000, 0, List.of(LocalDate.of(2020, 1, 1)), false, false, true,
                    true, true, Optional.of(true));
            FamilyAssessment assessment = engine.assess(facts);
            assertThat(assessment.preferences()).filteredOn(Preference::eligible).hasSize(6);
            assertThat(assessment.maxDomesticWorkers()).isEqualTo(2);
        }
    }

    @Test
    void notesStateHspOneOnlyAndTheEndWithPermanentResidence() {
        FamilyAssessment assessment = engine.assess(new FamilyFacts(DAY, 8_000_000, 1_000_000, List.of(), false, false,
                false, false, false, Optional.empty()));
        assertThat(assessment.householdIncomeYen()).isEqualTo(9_000_000);
        assertThat(assessment.notes()).extracting(Message::key).containsExactly("family.note.householdIncome",
                "family.note.noHspStatus", "family.note.hspOneOnly", "family.note.endsWithPermanentResidence");
        assertThat(assessment.preference(PreferenceId.SPOUSE_EMPLOYMENT).eligible()).isTrue();
    }
}
