package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings of a bound: 0 turns means the processors, and a wrong setting is named as the operator sets it. */
class TurnsTest {

    @Test
    void zeroTurnsAreTheProcessors() {
        assertThat(new Turns(0, Duration.ofSeconds(5), "hsp.api").concurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new Turns(4, Duration.ZERO, "hsp.api").concurrency()).isEqualTo(4);
    }

    @Test
    void aWrongSettingIsNamedByItsPropertyAndItsVariable() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Turns(-1, Duration.ofSeconds(5), "hsp.report"))
                .withMessage("hsp.report.concurrency (HSP_REPORT_CONCURRENCY) must be 0 (the number of cores) or more, "
                        + "not -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Turns(1, Duration.ofMillis(-5), "hsp.report"))
                .withMessage("hsp.report.wait (HSP_REPORT_WAIT) must not be negative, not PT-0.005S");
    }
}
