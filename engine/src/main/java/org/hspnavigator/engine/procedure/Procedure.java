package org.hspnavigator.engine.procedure;

import java.util.Optional;

/** The application procedures of docs/rules.md §15, with their official names. */
public enum Procedure {
    COE("coe", "在留資格認定証明書交付申請", "Certificate of Eligibility"),
    CHANGE("change", "在留資格変更許可申請", "Change of status of residence"),
    EXTENSION("extension", "在留期間更新許可申請", "Extension of the period of stay"),
    PR("pr", "永住許可申請", "Permanent residence");

    private final String id;
    private final String officialName;
    private final String englishName;

    Procedure(String id, String officialName, String englishName) {
        this.id = id;
        this.officialName = officialName;
        this.englishName = englishName;
    }

    /** The id of the command line and the JSON ({@code coe}). */
    public String id() {
        return id;
    }

    public String officialName() {
        return officialName;
    }

    public String englishName() {
        return englishName;
    }

    public static Optional<Procedure> byId(String id) {
        for (Procedure procedure : values()) {
            if (procedure.id.equals(id)) {
                return Optional.of(procedure);
            }
        }
        return Optional.empty();
    }
}
