/**
 * The point tables as dated data (OpenFisca style): the TSV files under this package's resources,
 * their strict loader, and the compiled {@link org.hspnavigator.engine.table.RuleSet} in force on
 * each date. Values, thresholds, validity dates and sources live in the data files; which row
 * applies to an applicant is decided by the rules in {@code engine.rule}, never here.
 */
package org.hspnavigator.engine.table;
