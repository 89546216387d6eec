package org.hspnavigator.engine.applicant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant's residence in Japan (docs/rules.md §18, {@code residence}).
 *
 * @param continuousSince the first day of the current continuous residence in Japan
 * @param hsp             the HSP status held, if any
 */
public record Residence(LocalDate continuousSince, Optional<HspStatus> hsp) {

    public Residence {
        Objects.requireNonNull(continuousSince, "continuousSince");
        Objects.requireNonNull(hsp, "hsp");
    }
}
