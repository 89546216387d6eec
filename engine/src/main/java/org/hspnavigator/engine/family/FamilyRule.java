package org.hspnavigator.engine.family;

import org.hspnavigator.engine.table.DatedValues;

/** One family preference (docs/rules.md §14): decides it from the facts of one date and the numbers in force then. */
interface FamilyRule {

    Preference assess(FamilyFacts facts, DatedValues<FamilyValue> values);
}
