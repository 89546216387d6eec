/**
 * The point rules: one class per criterion of docs/rules.md §2 to §9, named after the official term
 * ({@code AcademicBackground} — 学歴), each deciding which row of the rule set's tables applies to a
 * profile in a category and putting it into a {@link org.hspnavigator.engine.rule.PointsSink} as an
 * item with its {@link org.hspnavigator.engine.rule.Explanation}, and any warning as a
 * {@link org.hspnavigator.engine.rule.Note}, each made into a message only when the sink keeps it. Point values and thresholds never appear here; they come from the
 * {@link org.hspnavigator.engine.table.RuleSet} in force.
 */
package org.hspnavigator.engine.rule;
