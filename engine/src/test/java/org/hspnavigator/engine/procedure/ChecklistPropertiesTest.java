package org.hspnavigator.engine.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On seeded random profiles (the seed is in the test name): a checklist for an eligible profile always
 * proves its threshold with the marked items, and no smaller set of items does.
 */
class ChecklistPropertiesTest {

    private static final int PROFILES_PER_SEED = 300;
    private final Checklists checklists = Checklists.official();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 42L, 20261127L})
    void theMarkedItemsProveTheThresholdAndNoSmallerSetDoes(long seed) {
        RandomApplicants applicants = new RandomApplicants(seed);
        int proved = 0;
        for (int i = 0; i < PROFILES_PER_SEED; i++) {
            Profile profile = applicants.next();
            for (Procedure procedure : List.of(Procedure.CHANGE, Procedure.PR)) {
                Checklist checklist = checklists.build(new ChecklistRequest(procedure, profile, OptionalInt.of(3),
                        Optional.empty(), Optional.empty()));
                if (!checklist.proves()) {
                    assertThat(checklist.marked()).as("nothing marked without proof").isEmpty();
                    continue;
                }
                proved++;
                List<Integer> points = checklist.evidence().stream().map(e -> e.item().points())
                        .sorted(Comparator.reverseOrder()).toList();
                int marked = checklist.marked().size();
                int bestWithFewer = points.stream().limit(marked - 1L).mapToInt(Integer::intValue).sum();
                assertThat(checklist.markedPoints()).as(profile.toString()).isGreaterThanOrEqualTo(checklist.threshold());
                assertThat(bestWithFewer).as("the %d largest items of %s", marked - 1, points)
                        .isLessThan(checklist.threshold());
                assertThat(checklist.threshold()).isEqualTo(procedure == Procedure.PR && checklist.points() >= 80 ? 80 : 70);
            }
        }
        assertThat(proved).as("the generator must produce eligible profiles").isGreaterThan(PROFILES_PER_SEED / 10);
    }
}
