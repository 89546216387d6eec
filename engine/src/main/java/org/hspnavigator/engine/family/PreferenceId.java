package org.hspnavigator.engine.family;

import java.util.List;
import org.hspnavigator.engine.points.Source;

/**
 * The family preferences of docs/rules.md §14 (and §13 for J-Skip), with the official terms and the
 * official documents that give each rule (ids of this package's sources.tsv).
 */
public enum PreferenceId {
    SPOUSE_EMPLOYMENT("spouseEmployment", "配偶者の就労", "isa-preferential", "isa-jskip"),
    PARENTS("parents", "親の帯同", "isa-preferential"),
    DOMESTIC_WORKER_FAMILY_CIRCUMSTANCES("domesticWorkerFamilyCircumstances", "家事使用人の帯同（家庭事情型）",
            "isa-preferential"),
    DOMESTIC_WORKER_ACCOMPANYING("domesticWorkerAccompanying", "家事使用人の帯同（入国帯同型）", "isa-preferential"),
    DOMESTIC_WORKER_INVESTMENT_MANAGEMENT("domesticWorkerInvestmentManagement", "家事使用人の帯同（金融人材型）",
            "isa-preferential"),
    DOMESTIC_WORKER_J_SKIP("domesticWorkerJSkip", "家事使用人の帯同（特別高度人材）", "isa-preferential", "isa-jskip");

    private final String id;
    private final String japaneseTerm;
    private final List<String> sourceIds;

    PreferenceId(String id, String japaneseTerm, String... sourceIds) {
        this.id = id;
        this.japaneseTerm = japaneseTerm;
        this.sourceIds = List.of(sourceIds);
    }

    /** The id used in JSON and message keys ({@code parents}). */
    public String id() {
        return id;
    }

    public String japaneseTerm() {
        return japaneseTerm;
    }

    /** The official documents that give the rule, as a reader can open them (the ISA's pages). */
    public List<Source> sources() {
        return sourceIds.stream().map(FamilySources::byId).toList();
    }

    /** A domestic-worker type: the number of workers it allows counts toward the household's maximum. */
    public boolean isDomesticWorker() {
        return name().startsWith("DOMESTIC_WORKER_");
    }
}
