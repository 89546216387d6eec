package org.hspnavigator.formats.procedure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.applicant.ResidenceRequirement;
import org.hspnavigator.formats.profile.DateParameter;
import org.hspnavigator.formats.validation.Choices;
import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;

/**
 * What a checklist is asked for beside its case: the procedure, the expiry of the current period of
 * stay, the employer's category the documents depend on, and the residence in Japan of the procedures
 * filed there. The command line ({@code --procedure},
 * {@code --expiry}) and the API ({@code procedure}, {@code expiry}) read them here, so that both
 * refuse the same values in the same words.
 */
public final class ChecklistOptions {

    /** Why a date before the case's first snapshot cannot be checked: a key of the {@code validation} bundle. */
    public static final String BEFORE_FIRST_SNAPSHOT = "consequence.checklist";

    private ChecklistOptions() {
    }

    /**
     * The procedure named by its id ({@code coe}, {@code change}, {@code extension}, {@code pr}), in any
     * case; refused when no procedure has that id.
     */
    public static ParameterValue<Procedure> procedure(String id) {
        return Procedure.byId(id.strip().toLowerCase(Locale.ROOT)).map(ParameterValue::accepted)
                .orElseGet(() -> ParameterValue.refused(unknownProcedure(id)));
    }

    /** Why a checklist cannot be built without its procedure. */
    public static Problem procedureRequired() {
        return Problem.of("checklist.procedureRequired", procedures());
    }

    /** Why {@code id} names no procedure. */
    private static Problem unknownProcedure(String id) {
        return Problem.of("checklist.unknownProcedure", id, procedures());
    }

    private static Choices procedures() {
        return Choices.of(Arrays.stream(Procedure.values()).map(Procedure::id).toList());
    }

    /** Why an expiry date cannot be given with {@code procedure}: only a stay that goes on has one. */
    public static Optional<Problem> expiryProblem(Procedure procedure) {
        if (procedure == Procedure.CHANGE || procedure == Procedure.EXTENSION) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("checklist.expiryNotApplicable", procedure.id()));
    }

    /** The expiry date in {@code text}: any real date, since a period of stay may end years ahead. */
    public static DateParameter.Parsed expiry(String text) {
        return DateParameter.parseCalendarDate(text);
    }

    /**
     * The violation of a case without a continuous residence in Japan, for the procedures filed in Japan
     * (change, extension, permanent residence); empty for a Certificate of Eligibility, applied for from
     * abroad.
     */
    public static Optional<Violation> residenceProblem(ApplicantCase applicant, Procedure procedure) {
        return switch (procedure) {
            case COE -> Optional.empty();
            case CHANGE -> ResidenceRequirement.missing(applicant, "residence.for.change");
            case EXTENSION -> ResidenceRequirement.missing(applicant, "residence.for.extension");
            case PR -> ResidenceRequirement.missing(applicant, "residence.for.pr");
        };
    }

    /**
     * Why the case cannot have a checklist of {@code procedure}: the documents of every procedure but
     * permanent residence depend on the employer's category.
     */
    public static Optional<Problem> employerCategoryProblem(ApplicantCase applicant, Procedure procedure) {
        if (applicant.employerCategory().isPresent() || procedure == Procedure.PR) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("checklist.noEmployerCategory", procedure.id()));
    }
}
