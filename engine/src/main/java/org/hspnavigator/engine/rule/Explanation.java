package org.hspnavigator.engine.rule;

import org.hspnavigator.engine.points.Message;

/**
 * The explanation of an item, made only when asked for. Scoring for the totals alone (a batch) never
 * asks, so the explanations that name the applicant's own values (salary, age, fields) cost nothing
 * there; a criterion hands one over as a lambda that reads the context when called.
 */
@FunctionalInterface
public interface Explanation {

    Message message();
}
