package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * イノベーティブ・アジア事業の一環としてJICAが実施する研修を修了 (completed the MOJ-designated JICA
 * training of the Innovative Asia programme), docs/rules.md §9, from 2017-04-26. Training taken at a
 * Japanese university is not counted on top of the Japanese-university item.
 */
public final class InnovativeAsiaTraining extends ProfileFactAddition {

    private static final Explanation WITH_JAPANESE_UNIVERSITY =
            Explanation.always(Message.of("item.innovativeAsiaTraining.withJapaneseUniversity"));

    public InnovativeAsiaTraining() {
        super(CriterionId.INNOVATIVE_ASIA_TRAINING);
    }

    @Override
    boolean isMet(ScoringContext context) {
        return context.profile().training().innovativeAsia();
    }

    @Override
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        if (context.profile().training().atJapaneseUniversity() && JapaneseUniversity.isAwarded(context, category)) {
            sink.withhold(row, WITH_JAPANESE_UNIVERSITY);
        } else {
            super.award(context, category, row, sink);
        }
    }
}
