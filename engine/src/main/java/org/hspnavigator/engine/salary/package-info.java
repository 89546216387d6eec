/**
 * What counts as annual salary (年収, docs/rules.md §4): the pay components of an employment offer and
 * the rule that decides, for each, whether it belongs to the salary the points are computed from. The
 * salary brackets and their points are not here; they are the rule set's tables, applied by
 * {@code engine.rule.AnnualSalary}.
 */
package org.hspnavigator.engine.salary;
