package org.hspnavigator.engine.scoring;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;

/**
 * The points of one category and the verdict of the pass rule (docs/rules.md §1): eligible when the
 * points reach the pass mark and, where the category has one, the salary meets the floor.
 *
 * @param category       the category assessed
 * @param items          every item found, in the order of the criteria, including 0-point items that
 *                       explain why something claimed did not count
 * @param points         the sum of the items' points
 * @param passMark       the points needed (70)
 * @param salaryFloorYen the category's salary floor, empty where it has none (academic research)
 * @param notes          warnings about the input or the rules in force
 */
public record Assessment(Category category, List<Item> items, int points, int passMark, OptionalLong salaryFloorYen,
        boolean meetsSalaryFloor, List<Message> notes) {

    public Assessment {
        Objects.requireNonNull(category, "category");
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        Objects.requireNonNull(salaryFloorYen, "salaryFloorYen");
        if (points != sum(items)) {
            throw new IllegalArgumentException("points " + points + " are not the sum of the items, " + sum(items));
        }
    }

    /** Points ≥ pass mark and the salary floor met (trivially, where the category has none). */
    public boolean eligible() {
        return passes(points, passMark, meetsSalaryFloor);
    }

    /** The pass rule, for an assessment and for a batch row's totals alike. */
    static boolean passes(int points, int passMark, boolean meetsSalaryFloor) {
        return points >= passMark && meetsSalaryFloor;
    }

    /** How many points are missing to the pass mark; 0 when it is reached. */
    public int pointsShort() {
        return Math.max(0, passMark - points);
    }

    /** The items that score points; the JSON contract lists only these. */
    public List<Item> scoringItems() {
        return items.stream().filter(item -> item.points() > 0).toList();
    }

    private static int sum(List<Item> items) {
        int sum = 0;
        for (int i = 0; i < items.size(); i++) { // by index: no iterator per assessment
            sum += items.get(i).points();
        }
        return sum;
    }
}
