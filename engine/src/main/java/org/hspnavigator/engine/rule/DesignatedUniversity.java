package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.CriterionId;

/**
 * 法務大臣が告示で定める大学を卒業 (graduated from a university designated by MOJ notice: world
 * rankings, Top Global University project, Innovative Asia partner schools), docs/rules.md §9, from
 * 2017-04-26; counted once however many designated degrees are held, in Japan or abroad.
 */
public final class DesignatedUniversity extends ProfileFactAddition {

    public DesignatedUniversity() {
        super(CriterionId.DESIGNATED_UNIVERSITY);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.degrees().anyDesignatedUniversity();
    }
}
