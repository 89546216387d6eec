package org.hspnavigator.engine.points;

import java.util.Optional;

/**
 * The point items of points.md §3, named by the ids of spec/profile.md. The same id is used in the
 * data tables, test cases, JSON, CSV headers and message keys.
 */
public enum CriterionId {
    EDUCATION("education", "学歴", "Academic background", "points.md §3.1"),
    MULTIPLE_DEGREES("multipleDegrees", "複数分野の学位", "Degrees in multiple fields", "points.md §3.1"),
    CAREER("career", "職歴", "Professional career", "points.md §3.2"),
    SALARY("salary", "年収", "Annual salary", "points.md §3.3"),
    AGE("age", "年齢", "Age", "points.md §3.4"),
    RESEARCH("research", "研究実績", "Research achievements", "points.md §3.5"),
    QUALIFICATIONS("qualifications", "資格", "Qualifications", "points.md §3.6"),
    POSITION("position", "地位", "Position", "points.md §3.7"),
    INNOVATION_SUPPORT("innovationSupport", "イノベーション促進支援措置", "Innovation-promotion support", "points.md §3.8"),
    SME_INNOVATION_SUPPORT("smeInnovationSupport", "イノベーション促進支援措置を受ける中小企業", "Innovation support to an SME", "points.md §3.8"),
    LOCAL_GOVERNMENT_SUPPORT("localGovernmentSupport", "地方公共団体の支援", "Local-government support", "points.md §3.8"),
    SME_RESEARCH_SPENDING("smeResearchSpending", "試験研究費等比率が3%超の中小企業", "SME with R&D above 3 % of revenue", "points.md §3.8"),
    FOREIGN_QUALIFICATION("foreignQualification", "外国の資格・表彰等", "Foreign qualification or award", "points.md §3.8"),
    JAPANESE_UNIVERSITY("japaneseUniversity", "本邦の大学等の卒業・修了", "Degree from a Japanese university", "points.md §3.8"),
    JAPANESE_LANGUAGE("japaneseLanguage", "日本語能力", "Japanese language", "points.md §3.8"),
    GROWTH_FIELD("growthField", "成長分野の先端的事業", "Advanced project in a growth field", "points.md §3.8"),
    DESIGNATED_UNIVERSITY("designatedUniversity", "法務大臣が告示で定める大学の卒業", "Designated university", "points.md §3.8"),
    INNOVATIVE_ASIA_TRAINING("innovativeAsiaTraining", "イノベーティブ・アジア事業の研修修了", "Innovative Asia (JICA) training", "points.md §3.8"),
    INVESTMENT("investment", "1億円以上の投資", "Investment of ¥100M or more", "points.md §3.8"),
    INVESTMENT_MANAGEMENT("investmentManagement", "投資運用業等", "Investment-management business", "points.md §3.8");

    private final String id;
    private final String japaneseTerm;
    private final String englishName;
    private final String specSection;

    CriterionId(String id, String japaneseTerm, String englishName, String specSection) {
        this.id = id;
        this.japaneseTerm = japaneseTerm;
        this.englishName = englishName;
        this.specSection = specSection;
    }

    /** The id of spec/profile.md, e.g. {@code japaneseLanguage}. */
    public String id() {
        return id;
    }

    /** The official Japanese term, shown next to translations (学歴 · Academic background). */
    public String japaneseTerm() {
        return japaneseTerm;
    }

    public String englishName() {
        return englishName;
    }

    /** Where the rule stands in the project's rule book. */
    public String specSection() {
        return specSection;
    }

    /** Finds a criterion by its profile.md id. */
    public static Optional<CriterionId> byId(String id) {
        for (CriterionId candidate : values()) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
