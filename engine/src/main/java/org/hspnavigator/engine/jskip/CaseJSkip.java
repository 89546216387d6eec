package org.hspnavigator.engine.jskip;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.table.JSkipLine;

/**
 * J-Skip criteria of a case on a date (docs/rules.md §13): the profile of that date,
 * in the category of {@code residence.hsp} when the case has one, otherwise in any category. Empty
 * before the first snapshot, when the case says nothing about the applicant. Not thread-safe; one
 * instance serves one question.
 */
public final class CaseJSkip {

    private record Situation(int snapshot, List<JSkipLine> linesInForce) {
    }

    private final ApplicantCase applicant;
    private final JSkipCriteria criteria;
    private final Map<Situation, Boolean> metBySituation = new HashMap<>();

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

    /**
     * Whether the criteria are met on a date. The answer depends on the date only through the snapshot
     * and the lines in force, so it is remembered per pair: a search over ten years of days assesses a
     * handful of situations, not thousands.
     */
    public boolean met(LocalDate date) {
        int index = applicant.snapshotIndexOn(date);
        if (index < 0) {
            return false;
        }
        Situation situation = new Situation(index, criteria.linesOn(date));
        Boolean known = metBySituation.get(situation);
        if (known == null) {
            known = on(date).map(JSkipVerdict::met).orElse(false);
            metBySituation.put(situation, known);
        }
        return known;
    }
}
