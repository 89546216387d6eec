/**
 * The points engine's entry point and its results: {@link org.hspnavigator.engine.scoring.PointsEngine}
 * picks the rule set in force on the reference date, runs every criterion for every category, and
 * applies the pass rule (docs/rules.md §1); the points are the sum of the items, for a single profile as
 * for a batch. Nothing here reads files or formats text.
 */
package org.hspnavigator.engine.scoring;
