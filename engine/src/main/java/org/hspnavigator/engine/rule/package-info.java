/**
 * The point rules: one class per criterion of docs/rules.md §2 to §9, named after the official term
 * ({@code AcademicBackground} — 学歴), each deciding which row of the rule set's tables applies to a
 * profile in a category and reporting it into {@link org.hspnavigator.engine.rule.Findings} as an item
 * with its explanation. Point values and thresholds never appear here; they come from the
 * {@link org.hspnavigator.engine.table.RuleSet} in force.
 */
package org.hspnavigator.engine.rule;
