package org.hspnavigator.engine.jskip;

import java.time.LocalDate;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;

/**
 * J-Skip criteria of a case on a date (spec/profile.md, "Precise readings"): the profile of that date,
 * in the category of {@code residence.hsp} when the case has one, otherwise in any category. Empty
 * before the first snapshot, when the case says nothing about the applicant.
 */
public final class CaseJSkip {

    private final ApplicantCase applicant;
    private final JSkipCriteria criteria;

    public CaseJSkip(ApplicantCase applicant, JSkipCriteria criteria) {
        this.applicant = applicant;
        this.criteria = criteria;
    }

    public Optional<JSkipVerdict> on(LocalDate date) {
        return applicant.profileOn(date).map(profile -> applicant.residence().hsp()
                .map(HspStatus::category)
                .map(category -> criteria.assess(profile, category))
                .orElseGet(() -> criteria.assessAny(profile)));
    }

    public boolean met(LocalDate date) {
        return on(date).map(JSkipVerdict::met).orElse(false);
    }
}
