package org.hspnavigator.engine.applicant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant's residence in Japan (docs/rules.md §18, {@code residence}).
 *
 * @param continuousSince the first day of the current continuous residence in Japan; empty for an
 *                        applicant who lives abroad (a Certificate of Eligibility), whose residence-based
 *                        periods are then never reached
 * @param hsp             the HSP status held, if any
 */
public record Residence(Optional<LocalDate> continuousSince, Optional<HspStatus> hsp) {

    /** An applicant abroad: no residence in Japan, no status. */
    public static final Residence ABROAD = new Residence(Optional.empty(), Optional.empty());

    public Residence {
        Objects.requireNonNull(continuousSince, "continuousSince");
        Objects.requireNonNull(hsp, "hsp");
    }

    /** A residence in Japan since {@code continuousSince}. */
    public Residence(LocalDate continuousSince, Optional<HspStatus> hsp) {
        this(Optional.of(continuousSince), hsp);
    }
}
