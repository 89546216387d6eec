package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;

/**
 * イノベーション促進支援措置 (innovation-promotion support), docs/rules.md §9: the contracting
 * organization receives a support measure listed in the Ministry of Justice notice.
 */
public final class InnovationSupport extends ProfileFactAddition {

    public InnovationSupport() {
        super(CriterionId.INNOVATION_SUPPORT);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().employer().innovationSupport();
    }
}
