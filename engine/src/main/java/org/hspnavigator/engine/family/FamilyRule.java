package org.hspnavigator.engine.family;

/** One family preference of system.md §4: decides it from the facts of one date. */
interface FamilyRule {

    Preference assess(FamilyFacts facts);
}
