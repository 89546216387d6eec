package org.hspnavigator.engine.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The rows of one table file, grouped by key, with the two checks that make dated data safe: no two
 * rows of the same key in force on the same day, and every row starting and ending on a rule-set
 * boundary (so a rule set is one fixed table from its first day to its last).
 */
final class DatedTable<K> {

    private final Map<K, List<DatedEntry<K>>> entriesByKey = new LinkedHashMap<>();

    void add(DatedEntry<K> entry) {
        List<DatedEntry<K>> sameKey = entriesByKey.computeIfAbsent(entry.key(), key -> new ArrayList<>());
        for (DatedEntry<K> existing : sameKey) {
            if (existing.validity().overlaps(entry.validity())) {
                throw new TableFormatException(entry.where() + ": in force " + entry.validity()
                        + ", overlapping " + existing.where() + " (" + existing.validity() + ") for the same "
                        + entry.key() + "; close the old row the day before the new one starts");
            }
        }
        sameKey.add(entry);
    }

    void checkBoundaries(NavigableSet<LocalDate> ruleSetStarts) {
        for (List<DatedEntry<K>> entries : entriesByKey.values()) {
            for (DatedEntry<K> entry : entries) {
                LocalDate from = entry.validity().from();
                if (!ruleSetStarts.contains(from)) {
                    throw new TableFormatException(entry.where() + ": effective_from " + from
                            + " is not the first day of a rule set (" + ruleSetStarts + ")");
                }
                entry.validity().to().ifPresent(to -> {
                    if (to.isBefore(from)) {
                        throw new TableFormatException(entry.where() + ": effective_to " + to
                                + " is before effective_from " + from);
                    }
                    if (!ruleSetStarts.contains(to.plusDays(1))) {
                        throw new TableFormatException(entry.where() + ": effective_to " + to
                                + " is not the last day before a rule set (" + ruleSetStarts + ")");
                    }
                });
            }
        }
    }

    /**
     * For each key with no row in force on a date, its first row starting after it: what an item that
     * does not exist yet on the date will be measured against once it does.
     */
    Map<K, DatedEntry<K>> firstAfter(LocalDate date) {
        Map<K, DatedEntry<K>> upcoming = new LinkedHashMap<>();
        entriesByKey.forEach((key, entries) -> {
            DatedEntry<K> first = null;
            for (DatedEntry<K> entry : entries) {
                if (entry.validity().contains(date)) {
                    return;
                }
                if (entry.validity().from().isAfter(date)
                        && (first == null || entry.validity().from().isBefore(first.validity().from()))) {
                    first = entry;
                }
            }
            if (first != null) {
                upcoming.put(key, first);
            }
        });
        return upcoming;
    }

    /** The rows in force on a date, one per key at most. */
    Map<K, DatedEntry<K>> inForceOn(LocalDate date) {
        Map<K, DatedEntry<K>> inForce = new LinkedHashMap<>();
        entriesByKey.forEach((key, entries) -> {
            for (DatedEntry<K> entry : entries) {
                if (entry.validity().contains(date)) {
                    inForce.put(key, entry);
                }
            }
        });
        return inForce;
    }
}
