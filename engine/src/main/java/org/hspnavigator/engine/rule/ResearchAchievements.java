package org.hspnavigator.engine.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * 研究実績 (research achievements), docs/rules.md §6; HSP ordinance art. 1. Counts how many of four tests
 * are met: a patented invention, research funded by a foreign government grant or competitive fund,
 * papers as corresponding author, another achievement recognized by the Minister. Not in business
 * management.
 */
public final class ResearchAchievements extends Criterion {

    /** The ids of the four tests, in the order of docs/rules.md §6; test i is bit i of a set of tests met. */
    private static final List<String> TESTS = List.of("patents", "grantFundedProjects", "papers", "otherRecognized");

    /** The explanation of each set of tests met: it names only the tests, so there are just 16. */
    private static final Message[] WHY = new Message[1 << TESTS.size()];

    /** Names the tests met, found again from the profile. */
    private static final Explanation TESTS_MET = (context, row) ->
            WHY[testsMet(context.profile().research(), context.rules(), row.category())];

    static {
        for (int tests = 0; tests < WHY.length; tests++) {
            List<String> met = new ArrayList<>();
            for (int test = 0; test < TESTS.size(); test++) {
                if ((tests & (1 << test)) != 0) {
                    met.add(TESTS.get(test));
                }
            }
            WHY[tests] = met.isEmpty() ? Message.of("item.research.none")
                    : Message.of("item.research", met.size(), String.join(", ", met));
        }
    }

    public ResearchAchievements() {
        super(CriterionId.RESEARCH);
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        RuleSet rules = context.rules();
        if (rules.research(category, 0).isEmpty()) {
            return;
        }
        int tests = testsMet(context.profile().research(), rules, category);
        Optional<PointRow> row = rules.research(category, Integer.bitCount(tests));
        if (row.isPresent()) {
            sink.award(row.get(), TESTS_MET);
        }
    }

    /** The tests met, as a set of bits in the order of {@link #TESTS}. */
    static int testsMet(Research research, RuleSet rules, Category category) {
        int met = 0;
        if (research.patents() >= rules.requiredThreshold(Threshold.RESEARCH_PATENTS, category)) {
            met |= 1;
        }
        if (research.grantFundedProjects() >= rules.requiredThreshold(Threshold.RESEARCH_GRANT_FUNDED_PROJECTS, category)) {
            met |= 1 << 1;
        }
        if (research.papers() >= rules.requiredThreshold(Threshold.RESEARCH_PAPERS, category)) {
            met |= 1 << 2;
        }
        if (research.otherRecognized()) {
            met |= 1 << 3;
        }
        return met;
    }
}
