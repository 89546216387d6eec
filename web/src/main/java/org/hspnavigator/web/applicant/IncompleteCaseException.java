package org.hspnavigator.web.applicant;

import org.hspnavigator.web.system.ConflictException;

/**
 * A conflict whose cause is an applicant's case that lacks a part (a snapshot, the residence) or is no
 * longer valid: answered 409 by the API in its words, and said in the page's language by the pages, which
 * know the gap by its {@linkplain ApplicantCases.Reason reason}.
 */
public final class IncompleteCaseException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient ApplicantCases.Gap gap;

    public IncompleteCaseException(ApplicantCases.Gap gap) {
        super(gap.detail());
        this.gap = gap;
    }

    /** What the case lacks. */
    public ApplicantCases.Gap gap() {
        return gap;
    }
}
