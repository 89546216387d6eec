package org.hspnavigator.engine.applicant;

import java.time.LocalDate;
import java.util.Objects;
import org.hspnavigator.engine.points.Category;

/**
 * An HSP(i) status (高度専門職1号) the applicant holds, as recognized by the immigration authority
 * (docs/rules.md §18, {@code residence.hsp}).
 *
 * @param since            the first day the status was held
 * @param category         the activity category of the status (イ, ロ or ハ)
 * @param recognizedPoints the points the authority recognized when granting it (0 for a J-Skip
 *                         status, which is granted without points)
 * @param jSkip            whether the status was granted as 特別高度人材 (J-Skip, docs/rules.md §13)
 */
public record HspStatus(LocalDate since, Category category, int recognizedPoints, boolean jSkip) {

    public HspStatus {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(category, "category");
        if (recognizedPoints < 0) {
            throw new IllegalArgumentException("negative recognizedPoints " + recognizedPoints);
        }
    }
}
