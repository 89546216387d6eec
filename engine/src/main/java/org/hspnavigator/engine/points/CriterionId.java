package org.hspnavigator.engine.points;

import java.util.Optional;

/**
 * The point items of docs/rules.md §2 to §9, named by the ids of the profile format (docs/rules.md §18).
 * The same id is used in the data tables, test cases, JSON, CSV headers and message keys.
 */
public enum CriterionId {
    EDUCATION("education", "学歴", "Academic background"),
    MULTIPLE_DEGREES("multipleDegrees", "複数分野の学位", "Degrees in multiple fields"),
    CAREER("career", "職歴", "Professional career"),
    SALARY("salary", "年収", "Annual salary"),
    AGE("age", "年齢", "Age"),
    RESEARCH("research", "研究実績", "Research achievements"),
    QUALIFICATIONS("qualifications", "資格", "Qualifications"),
    POSITION("position", "地位", "Position"),
    INNOVATION_SUPPORT("innovationSupport", "イノベーション促進支援措置", "Innovation-promotion support"),
    SME_INNOVATION_SUPPORT("smeInnovationSupport", "イノベーション促進支援措置を受ける中小企業", "Innovation support to an SME"),
    LOCAL_GOVERNMENT_SUPPORT("localGovernmentSupport", "地方公共団体の支援", "Local-government support"),
    SME_RESEARCH_SPENDING("smeResearchSpending", "試験研究費等比率が3%超の中小企業", "SME with R&D above 3 % of revenue"),
    FOREIGN_QUALIFICATION("foreignQualification", "外国の資格・表彰等", "Foreign qualification or award"),
    JAPANESE_UNIVERSITY("japaneseUniversity", "本邦の大学等の卒業・修了", "Degree from a Japanese university"),
    JAPANESE_LANGUAGE("japaneseLanguage", "日本語能力", "Japanese language"),
    GROWTH_FIELD("growthField", "成長分野の先端的事業", "Advanced project in a growth field"),
    DESIGNATED_UNIVERSITY("designatedUniversity", "法務大臣が告示で定める大学の卒業", "Designated university"),
    INNOVATIVE_ASIA_TRAINING("innovativeAsiaTraining", "イノベーティブ・アジア事業の研修修了", "Innovative Asia (JICA) training"),
    INVESTMENT("investment", "1億円以上の投資", "Investment of ¥100M or more"),
    INVESTMENT_MANAGEMENT("investmentManagement", "投資運用業等", "Investment-management business");

    private final String id;
    private final String japaneseTerm;
    private final String englishName;

    CriterionId(String id, String japaneseTerm, String englishName) {
        this.id = id;
        this.japaneseTerm = japaneseTerm;
        this.englishName = englishName;
    }

    /** The id of the profile format (docs/rules.md §18), e.g. {@code japaneseLanguage}. */
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

    /** Finds a criterion by its id. */
    public static Optional<CriterionId> byId(String id) {
        for (CriterionId candidate : values()) {
            if (candidate.id.equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
