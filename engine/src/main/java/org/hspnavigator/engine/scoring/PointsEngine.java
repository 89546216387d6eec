package org.hspnavigator.engine.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.rule.Criteria;
import org.hspnavigator.engine.rule.Criterion;
import org.hspnavigator.engine.rule.Findings;
import org.hspnavigator.engine.rule.ScoringContext;
import org.hspnavigator.engine.table.ReferenceDateOutOfRangeException;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * Scores a profile: the points of each category as of the profile's reference date, item by item,
 * with the verdict of the pass rule. Thread-safe and free of I/O once constructed.
 */
public final class PointsEngine {

    private static final Set<Category> ALL_CATEGORIES = EnumSet.allOf(Category.class);

    private final RuleBook ruleBook;
    private final List<Criterion> criteria;

    public PointsEngine(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
        this.criteria = Criteria.all();
    }

    /** The engine over the official tables. */
    public static PointsEngine official() {
        return new PointsEngine(RuleBook.official());
    }

    public RuleBook ruleBook() {
        return ruleBook;
    }

    /** All three categories. */
    public ScoreResult score(Profile profile) {
        return score(profile, ALL_CATEGORIES);
    }

    /**
     * The categories asked for, in the order of {@link Category}.
     *
     * @throws ReferenceDateOutOfRangeException when the reference date precedes the first rule set
     */
    public ScoreResult score(Profile profile, Set<Category> categories) {
        RuleSet rules = ruleBook.ruleSetOn(profile.referenceDate());
        ScoringContext context = new ScoringContext(profile, rules);
        Assessment[] assessments = new Assessment[categories.size()];
        int assessed = 0;
        for (Category category : Category.values()) {
            if (categories.contains(category)) {
                assessments[assessed++] = assess(context, category);
            }
        }
        // An immutable list already, so ScoreResult keeps it instead of copying it again.
        return new ScoreResult(profile.referenceDate(), rules, context.age(),
                List.of(Arrays.copyOf(assessments, assessed)));
    }

    private Assessment assess(ScoringContext context, Category category) {
        CollectedFindings findings = new CollectedFindings(criteria.size());
        for (Criterion criterion : criteria) {
            criterion.evaluate(context, category, findings);
        }
        List<Item> items = findings.items();
        int points = 0;
        for (Item item : items) {
            points += item.points();
        }
        RuleSet rules = context.rules();
        int passMark = Math.toIntExact(rules.requiredThreshold(Threshold.PASS_MARK, category));
        OptionalLong floor = rules.threshold(Threshold.SALARY_FLOOR_YEN, category);
        boolean meetsFloor = floor.isEmpty() || context.profile().annualSalaryYen() >= floor.getAsLong();
        if (!meetsFloor) {
            findings.note(Message.of("note.belowSalaryFloor", context.profile().annualSalaryYen(), floor.getAsLong()));
        }
        return new Assessment(category, items, points, passMark, floor, meetsFloor, findings.notes());
    }

    /**
     * The findings of one category, in the order reported, handed over as immutable lists that
     * {@link Assessment} keeps without copying. Most categories have no note at all.
     */
    private static final class CollectedFindings implements Findings {

        private Item[] items;
        private int itemCount;
        private List<Message> notes;

        /** Room for one item per criterion, which is what criteria report; more still fit. */
        CollectedFindings(int expectedItems) {
            items = new Item[expectedItems];
        }

        @Override
        public void item(Item item) {
            if (itemCount == items.length) {
                items = Arrays.copyOf(items, 2 * items.length + 1);
            }
            items[itemCount++] = item;
        }

        @Override
        public void note(Message note) {
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            notes.add(note);
        }

        List<Item> items() {
            return List.of(Arrays.copyOf(items, itemCount));
        }

        List<Message> notes() {
            return notes == null ? List.of() : List.copyOf(notes);
        }
    }
}
