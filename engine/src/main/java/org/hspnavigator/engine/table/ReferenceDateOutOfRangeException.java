package org.hspnavigator.engine.table;

import java.time.LocalDate;

/** A reference date before the earliest rule set the engine models (docs/rules.md §10). */
public final class ReferenceDateOutOfRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final LocalDate earliest;

    public ReferenceDateOutOfRangeException(LocalDate date, LocalDate earliest) {
        super("reference date " + date + " is before " + earliest
                + ", the earliest rule set supported (the 2012 point tables are not modelled)");
        this.date = date;
        this.earliest = earliest;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate earliest() {
        return earliest;
    }
}
