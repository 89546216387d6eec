package org.hspnavigator.engine.points;

/**
 * The three activity categories of HSP(i) (高度専門職1号), docs/rules.md §1, in the order results list them.
 */
public enum Category {
    ACADEMIC_RESEARCH("高度学術研究活動", "高度専門職1号イ", "Advanced academic research activities"),
    SPECIALIZED_TECHNICAL("高度専門・技術活動", "高度専門職1号ロ", "Advanced specialized/technical activities"),
    BUSINESS_MANAGEMENT("高度経営・管理活動", "高度専門職1号ハ", "Advanced business management activities");

    private final String officialName;
    private final String status;
    private final String englishName;

    Category(String officialName, String status, String englishName) {
        this.officialName = officialName;
        this.status = status;
        this.englishName = englishName;
    }

    /** The official Japanese name of the activity (e.g. 高度専門・技術活動). */
    public String officialName() {
        return officialName;
    }

    /** The status of residence it leads to (e.g. 高度専門職1号ロ). */
    public String status() {
        return status;
    }

    public String englishName() {
        return englishName;
    }
}
