package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.table.PointRow;

/**
 * How a criterion explains a row it awards or withholds, made into a message only when asked for:
 * scoring for the totals alone (a batch) never asks, so the explanations that name the applicant's own
 * values (salary, age, fields) cost nothing there. Each is a constant of its criterion, reading what it
 * names from the context when called, so that handing one over allocates nothing.
 */
@FunctionalInterface
public interface Explanation {

    /** The explanation of {@code row} for the profile of {@code context} in {@code category}. */
    Message of(ScoringContext context, Category category, PointRow row);
}
