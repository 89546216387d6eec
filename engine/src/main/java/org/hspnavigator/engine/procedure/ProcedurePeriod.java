package org.hspnavigator.engine.procedure;

import org.hspnavigator.engine.table.DatedValues;

/** The time limits of the procedures and duties (docs/rules.md §15), by the names periods.tsv gives them. */
enum ProcedurePeriod implements DatedValues.Name {
    COE_VALIDITY_MONTHS,
    EXTENSION_WINDOW_MONTHS,
    SPECIAL_PERIOD_MONTHS,
    /** Registering the address after settling, or a new one after moving. */
    ADDRESS_NOTICE_DAYS,
    /** Notifying a change of the contracting organization. */
    ORGANIZATION_NOTICE_DAYS,
    /** Reporting a change of the residence card's entries. */
    RESIDENCE_CARD_NOTICE_DAYS,
    CANCELLATION_WITHOUT_ACTIVITY_MONTHS,
    HSP_TWO_CANCELLATION_WITHOUT_ACTIVITY_MONTHS,
    CANCELLATION_WITHOUT_ADDRESS_DAYS;
}
