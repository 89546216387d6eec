package org.hspnavigator.formats.applicant;

import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * The problem of a case without a continuous residence in Japan given to a question that depends on it
 * (docs/rules.md §18: {@code residence.continuousSince} may be left out only by an applicant abroad,
 * for a Certificate of Eligibility or the family preferences). Permanent residence counts the years of
 * residence; a change of status and an extension are filed in Japan.
 */
public final class ResidenceRequirement {

    public static final String PATH = "residence.continuousSince";

    private ResidenceRequirement() {
    }

    /**
     * The violation when the case gives no start of continuous residence, which {@code what} needs (the
     * key in the {@code validation} bundle of its name, {@code residence.for.pr}); empty when it gives one.
     */
    public static Optional<Violation> missing(ApplicantCase applicant, String what) {
        if (applicant.residence().continuousSince().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(PATH, Problem.of("residence.required", Problem.of(what))));
    }
}
