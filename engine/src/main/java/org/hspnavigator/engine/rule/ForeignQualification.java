package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;

/**
 * 外国の資格・表彰等 (a foreign qualification, award etc. related to the work, recognized by the
 * Minister), points.md §3.8.
 */
public final class ForeignQualification extends FlatAddition {

    public ForeignQualification() {
        super(CriterionId.FOREIGN_QUALIFICATION);
    }

    @Override
    boolean isMet(ScoringContext context, Category category) {
        return context.profile().foreignQualification();
    }
}
