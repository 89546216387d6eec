package org.hspnavigator.engine.rule;

import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;

/**
 * 地位 (position), points.md §3.7; ordinance art. 1. Representative director or equivalent, or
 * director or equivalent, in the business managed; business management only.
 */
public final class Position extends Criterion {

    /** One explanation per position, made once: it names nothing else of the profile. */
    private static final Message[] WHY = new Message[ExecutivePosition.values().length];

    static {
        for (ExecutivePosition position : ExecutivePosition.values()) {
            WHY[position.ordinal()] = Message.of("item.position." + position.name());
        }
    }

    /** The item of each position held, by category; null where the rule set has no row. */
    static Item[][] readyItems(RuleSet rules) {
        Item[][] items = new Item[Category.values().length][ExecutivePosition.values().length];
        for (Category category : Category.values()) {
            for (ExecutivePosition position : ExecutivePosition.values()) {
                Optional<PointRow> row = rules.position(category, position);
                if (row.isPresent()) {
                    items[category.ordinal()][position.ordinal()] = Awards.award(row.get(), WHY[position.ordinal()]);
                }
            }
        }
        return items;
    }

    @Override
    public CriterionId id() {
        return CriterionId.POSITION;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        Item item = context.ready().position(category, context.profile().position().ordinal());
        if (item != null) {
            findings.item(item);
        }
    }
}
