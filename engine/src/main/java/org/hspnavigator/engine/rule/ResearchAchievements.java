package org.hspnavigator.engine.rule;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * 研究実績 (research achievements), points.md §3.5; ordinance art. 1. Counts how many of four tests
 * are met: a patented invention, research funded by a foreign government grant or competitive fund,
 * papers as corresponding author, another achievement recognized by the Minister. Not in business
 * management.
 */
public final class ResearchAchievements implements Criterion {

    @Override
    public CriterionId id() {
        return CriterionId.RESEARCH;
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        RuleSet rules = context.rules();
        if (rules.research(category, 0).isEmpty()) {
            return;
        }
        List<String> met = testsMet(context.profile().research(), rules, category);
        rules.research(category, met.size()).ifPresent(row -> findings.item(Awards.award(row,
                met.isEmpty() ? Message.of("item.research.none")
                        : Message.of("item.research", met.size(), String.join(", ", met)))));
    }

    /** The ids of the tests met, in the order of points.md §3.5. */
    static List<String> testsMet(Research research, RuleSet rules, Category category) {
        List<String> met = new ArrayList<>(4);
        if (research.patents() >= rules.requiredThreshold(Threshold.RESEARCH_PATENTS, category)) {
            met.add("patents");
        }
        if (research.grantFundedProjects() >= rules.requiredThreshold(Threshold.RESEARCH_GRANT_FUNDED_PROJECTS, category)) {
            met.add("grantFundedProjects");
        }
        if (research.papers() >= rules.requiredThreshold(Threshold.RESEARCH_PAPERS, category)) {
            met.add("papers");
        }
        if (research.otherRecognized()) {
            met.add("otherRecognized");
        }
        return met;
    }
}
