package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a table row is in force: from {@code from} through {@code to}, both inclusive; an empty
 * {@code to} means still in force.
 */
public record Validity(LocalDate from, Optional<LocalDate> to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBeforeOther = to.map(end -> end.isBefore(other.from)).orElse(false);
        boolean otherEndsBeforeThis = other.to.map(end -> end.isBefore(from)).orElse(false);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    @Override
    public String toString() {
        return from + " to " + to.map(LocalDate::toString).orElse("today");
    }
}
