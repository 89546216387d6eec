package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;

/**
 * 成長分野の先端的事業 (an advanced project in a growth field recognized by the Minister),
 * docs/rules.md §9, from 2017-04-26.
 */
public final class GrowthField extends ProfileFactAddition {

    public GrowthField() {
        super(CriterionId.GROWTH_FIELD);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().growthFieldProject();
    }
}
