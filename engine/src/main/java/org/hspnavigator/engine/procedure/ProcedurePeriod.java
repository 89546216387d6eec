package org.hspnavigator.engine.procedure;

import org.hspnavigator.engine.table.DatedValues;

/** The time limits of the procedures and duties (docs/rules.md §15), by the names periods.tsv gives them. */
enum ProcedurePeriod implements DatedValues.Name {
    COE_VALIDITY_MONTHS("coeValidityMonths"),
    EXTENSION_WINDOW_MONTHS("extensionWindowMonths"),
    SPECIAL_PERIOD_MONTHS("specialPeriodMonths"),
    /** Registering the address after settling, or a new one after moving. */
    ADDRESS_NOTICE_DAYS("addressNoticeDays"),
    /** Notifying a change of the contracting organization. */
    ORGANIZATION_NOTICE_DAYS("organizationNoticeDays"),
    /** Reporting a change of the residence card's entries. */
    RESIDENCE_CARD_NOTICE_DAYS("residenceCardNoticeDays"),
    CANCELLATION_WITHOUT_ACTIVITY_MONTHS("cancellationWithoutActivityMonths"),
    HSP_TWO_CANCELLATION_WITHOUT_ACTIVITY_MONTHS("hspTwoCancellationWithoutActivityMonths"),
    CANCELLATION_WITHOUT_ADDRESS_DAYS("cancellationWithoutAddressDays");

    private final String id;

    ProcedurePeriod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
