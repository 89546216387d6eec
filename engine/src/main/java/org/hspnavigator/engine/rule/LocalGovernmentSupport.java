package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;

/**
 * 地方公共団体の支援 (local-government support), docs/rules.md §9: the organization receives support
 * from a local government for accepting highly skilled foreigners, recognized by the Minister;
 * nationwide from 2023-03-31. Before then only a special-zone version existed, which the engine does
 * not model, so the item scores 0 with a note (docs/rules.md §10, Decision).
 */
public final class LocalGovernmentSupport extends ProfileFactAddition {

    public LocalGovernmentSupport() {
        super(CriterionId.LOCAL_GOVERNMENT_SUPPORT);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().employer().localGovernmentSupport();
    }

    @Override
    Message notInForce(ScoringContext context) {
        return Message.of("note.localGovernmentSupport.beforeNationwide", context.referenceDate());
    }
}
