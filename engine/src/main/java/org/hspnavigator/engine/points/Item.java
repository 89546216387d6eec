package org.hspnavigator.engine.points;

import java.util.List;
import java.util.Objects;

/**
 * One line of an assessment: the points a criterion awards in a category and why.
 *
 * @param criterion   which item of docs/rules.md §2 to §9
 * @param option      the row of the point table that applied (e.g. {@code DOCTORATE}, {@code N1_TIER})
 * @param points      never negative; 0 when the applicant claimed something that does not count,
 *                    with the explanation saying why
 * @param sources     the official sources of the table row
 * @param explanation why these points, as a message key with arguments
 */
public record Item(CriterionId criterion, String option, int points, List<Source> sources, Message explanation) {

    public Item {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(explanation, "explanation");
        sources = List.copyOf(sources);
        if (points < 0) {
            throw new IllegalArgumentException("negative points for " + criterion.id());
        }
    }
}
