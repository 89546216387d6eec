/**
 * The points of an applicant case on any date (docs/rules.md §11, the points on a date): the snapshot in
 * force, the age and the rule set of that date, the category of the HSP status or else the best one,
 * memoised so that a search over ten years of days scores each distinct situation once. The rules of
 * permanent residence and HSP(ii) ask it; it applies none of them.
 */
package org.hspnavigator.engine.timeline;
