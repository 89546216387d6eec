/**
 * The rules' numbers as dated data (OpenFisca style): the point tables and J-Skip's lines, the TSV files
 * under this package's resources, their strict loader, the compiled
 * {@link org.hspnavigator.engine.table.RuleSet} in force on each date, and
 * {@link org.hspnavigator.engine.table.DatedValues}, which other packages load their own dated numbers
 * with. Values, thresholds, validity dates and sources live in the data files; which row
 * applies to an applicant is decided by the rules in {@code engine.rule}, never here.
 */
package org.hspnavigator.engine.table;
