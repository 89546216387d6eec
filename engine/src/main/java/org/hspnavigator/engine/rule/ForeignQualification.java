package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;

/**
 * 外国の資格・表彰等 (a foreign qualification, award etc. related to the work, recognized by the
 * Minister), docs/rules.md §9.
 */
public final class ForeignQualification extends ProfileFactAddition {

    public ForeignQualification() {
        super(CriterionId.FOREIGN_QUALIFICATION);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().foreignQualification();
    }
}
