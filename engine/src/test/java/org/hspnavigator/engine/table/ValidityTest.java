package org.hspnavigator.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2020, 1, 31);

    @Test
    void containsBothEndsAndNothingOutside() {
        Validity january = new Validity(JAN_1, Optional.of(JAN_31));
        assertThat(january.contains(JAN_1)).isTrue();
        assertThat(january.contains(JAN_31)).isTrue();
        assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
        assertThat(january.contains(JAN_31.plusDays(1))).isFalse();
        assertThat(new Validity(JAN_1, Optional.empty()).contains(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void periodsSharingOneDayOverlapAndAdjacentOnesDoNot() {
        Validity january = new Validity(JAN_1, Optional.of(JAN_31));
        assertThat(january.overlaps(new Validity(JAN_31, Optional.empty()))).isTrue();
        assertThat(january.overlaps(new Validity(JAN_31.plusDays(1), Optional.empty()))).isFalse();
        assertThat(new Validity(JAN_31.plusDays(1), Optional.empty()).overlaps(january)).isFalse();
        assertThat(new Validity(JAN_1, Optional.empty()).overlaps(new Validity(JAN_31, Optional.empty()))).isTrue();
    }
}
