package org.hspnavigator.engine.family;

/** The family preferences of docs/rules.md §14, with the official terms and the section that gives each rule. */
public enum PreferenceId {
    SPOUSE_EMPLOYMENT("spouseEmployment", "配偶者の就労", "docs/rules.md §14, §13"),
    PARENTS("parents", "親の帯同", "docs/rules.md §14"),
    DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES("domesticWorkerFamilyCircumstances", "家事使用人の帯同（家庭事情型）", "docs/rules.md §14"),
    DOMESTIC_WORKER_ACCOMPANYING("domesticWorkerAccompanying", "家事使用人の帯同（入国帯同型）", "docs/rules.md §14"),
    DOMESTIC_WORKER_INVESTMENT_MANAGEMENT("domesticWorkerInvestmentManagement", "家事使用人の帯同（金融人材型）", "docs/rules.md §14"),
    DOMESTIC_WORKER_J_SKIP("domesticWorkerJSkip", "家事使用人の帯同（特別高度人材）", "docs/rules.md §14, §13");

    private final String id;
    private final String japaneseTerm;
    private final String specSection;

    PreferenceId(String id, String japaneseTerm, String specSection) {
        this.id = id;
        this.japaneseTerm = japaneseTerm;
        this.specSection = specSection;
    }

    /** The id used in JSON and message keys ({@code parents}). */
    public String id() {
        return id;
    }

    public String japaneseTerm() {
        return japaneseTerm;
    }

    public String specSection() {
        return specSection;
    }

    /** A domestic-worker type: the number of workers it allows counts toward the household's maximum. */
    public boolean isDomesticWorker() {
        return name().startsWith("DOMESTIC_WORKER_");
    }
}
