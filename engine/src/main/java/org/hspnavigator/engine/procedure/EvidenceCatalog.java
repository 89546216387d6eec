package org.hspnavigator.engine.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.table.JSkipBasis;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * Which lines of the point sheet's evidence list prove a point item (docs/rules.md §16). Age needs none
 * of them: the passport or the application form shows the birth date. Research achievements need the
 * evidence of only as many of the four tests as the points awarded require, taken in the order of
 * docs/rules.md §6.
 */
final class EvidenceCatalog {

    private EvidenceCatalog() {
    }

    static List<SheetEvidence> forItem(Item item, Research research, RuleSet rules, Category category) {
        return switch (item.criterion()) {
            case EDUCATION, MULTIPLE_DEGREES -> List.of(SheetEvidence.EDUCATION);
            case CAREER -> List.of(SheetEvidence.CAREER);
            case SALARY -> List.of(SheetEvidence.SALARY);
            case AGE -> List.of();
            case RESEARCH -> research(item, research, rules, category);
            case QUALIFICATIONS -> List.of(SheetEvidence.QUALIFICATION);
            case POSITION -> List.of(SheetEvidence.POSITION);
            case INNOVATION_SUPPORT -> List.of(SheetEvidence.INNOVATION_SUPPORT);
            case SME_INNOVATION_SUPPORT -> List.of(SheetEvidence.INNOVATION_SUPPORT, SheetEvidence.SME);
            case LOCAL_GOVERNMENT_SUPPORT -> List.of(SheetEvidence.LOCAL_GOVERNMENT_SUPPORT);
            case SME_RESEARCH_SPENDING -> List.of(SheetEvidence.SME, SheetEvidence.SME_RESEARCH_SPENDING);
            case FOREIGN_QUALIFICATION -> List.of(SheetEvidence.FOREIGN_QUALIFICATION);
            case JAPANESE_UNIVERSITY -> List.of(SheetEvidence.JAPANESE_UNIVERSITY);
            case JAPANESE_LANGUAGE -> List.of(SheetEvidence.JAPANESE_LANGUAGE);
            case GROWTH_FIELD -> List.of(SheetEvidence.GROWTH_FIELD);
            case DESIGNATED_UNIVERSITY -> List.of(SheetEvidence.DESIGNATED_UNIVERSITY);
            case INNOVATIVE_ASIA_TRAINING -> List.of(SheetEvidence.INNOVATIVE_ASIA_TRAINING);
            case INVESTMENT -> List.of(SheetEvidence.INVESTMENT);
            case INVESTMENT_MANAGEMENT -> List.of(SheetEvidence.INVESTMENT_MANAGEMENT);
        };
    }

    /**
     * The items whose evidence proves the J-Skip criteria met (docs/rules.md §13): the degree (①) or the
     * career (②) of the line met, and the salary (③).
     */
    static Set<CriterionId> provingJSkip(JSkipVerdict verdict) {
        JSkipBasis basis = verdict.line().orElseThrow(() -> new IllegalArgumentException("J-Skip not met")).basis();
        return EnumSet.of(basis == JSkipBasis.GRADUATE_DEGREE ? CriterionId.EDUCATION : CriterionId.CAREER,
                CriterionId.SALARY);
    }

    /** The evidence of the first tests met, as many as the awarded points need (2 tests for 25 in ACADEMIC_RESEARCH). */
    private static List<SheetEvidence> research(Item item, Research research, RuleSet rules, Category category) {
        List<SheetEvidence> met = new ArrayList<>(4);
        if (research.patents() >= rules.requiredThreshold(Threshold.RESEARCH_PATENTS, category)) {
            met.add(SheetEvidence.PATENT);
        }
        if (research.grantFundedProjects() >= rules.requiredThreshold(Threshold.RESEARCH_GRANT_FUNDED_PROJECTS, category)) {
            met.add(SheetEvidence.GRANT_FUNDED_RESEARCH);
        }
        if (research.papers() >= rules.requiredThreshold(Threshold.RESEARCH_PAPERS, category)) {
            met.add(SheetEvidence.PAPERS);
        }
        if (research.otherRecognized()) {
            met.add(SheetEvidence.OTHER_RESEARCH);
        }
        for (int needed = 1; needed <= met.size(); needed++) {
            int points = rules.research(category, needed).map(PointRow::points).orElse(0);
            if (points >= item.points()) {
                return List.copyOf(met.subList(0, needed));
            }
        }
        return List.copyOf(met);
    }
}
