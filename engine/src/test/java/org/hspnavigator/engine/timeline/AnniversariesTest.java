package org.hspnavigator.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "n years on D" means start ≤ D − n years (spec/profile.md, "Precise readings"). */
class AnniversariesTest {

    @ParameterizedTest(name = "from {0}, {1} years are reached first on {2}")
    @CsvSource({
        "2024-02-29, 1, 2025-03-01",
        "2024-02-29, 4, 2028-02-29",
        "2024-02-29, 3, 2027-03-01",
        "2023-02-28, 1, 2024-02-28",
        "2022-04-01, 3, 2025-04-01",
        "2023-12-31, 1, 2024-12-31",
    })
    void theFirstDateIsTheFirstDayOnWhichTheStartIsAtMostDMinusNYears(LocalDate start, int years, LocalDate first) {
        assertThat(Anniversaries.firstDate(start, years)).isEqualTo(first);
        assertThat(Anniversaries.reached(start, years, first)).isTrue();
        assertThat(Anniversaries.reached(start, years, first.minusDays(1))).isFalse();
    }
}
