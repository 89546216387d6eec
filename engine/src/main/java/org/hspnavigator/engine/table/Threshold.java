package org.hspnavigator.engine.table;

import java.util.Optional;

/** The named thresholds of thresholds.tsv that the rules compare profile values against. */
public enum Threshold {
    /** The points a category needs (docs/rules.md §1). */
    PASS_MARK("passMark"),
    /** The salary floor in yen, applied where the category says so (docs/rules.md §1). */
    SALARY_FLOOR_YEN("salaryFloorYen"),
    /** Research test 1: patents as inventor (docs/rules.md §6). */
    RESEARCH_PATENTS("researchPatents"),
    /** Research test 2: grant-funded research projects. */
    RESEARCH_GRANT_FUNDED_PROJECTS("researchGrantFundedProjects"),
    /** Research test 3: papers as corresponding author. */
    RESEARCH_PAPERS("researchPapers"),
    /** The BJT score of the N1 tier (docs/rules.md §9). */
    BJT_N1_TIER("bjtN1Tier"),
    /** The BJT score of the N2 tier. */
    BJT_N2_TIER("bjtN2Tier"),
    /** The R&D share of revenue, in percent, that an SME must exceed (strictly). */
    SME_RESEARCH_SPENDING_PERCENT("smeResearchSpendingPercent"),
    /** The investment in yen of the business-management investment item. */
    INVESTMENT_YEN("investmentYen");

    private final String id;

    Threshold(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static Optional<Threshold> byId(String id) {
        for (Threshold threshold : values()) {
            if (threshold.id.equals(id)) {
                return Optional.of(threshold);
            }
        }
        return Optional.empty();
    }
}
