package org.hspnavigator.engine.scoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.rule.Awards;
import org.hspnavigator.engine.rule.Criteria;
import org.hspnavigator.engine.rule.Criterion;
import org.hspnavigator.engine.rule.Explanation;
import org.hspnavigator.engine.rule.Findings;
import org.hspnavigator.engine.rule.ReadyItems;
import org.hspnavigator.engine.rule.ScoringContext;
import org.hspnavigator.engine.table.PointRow;
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
    /** {@code Category.values()} makes a new array at every call. */
    private static final Category[] CATEGORIES = Category.values();

    /** Guarded by the class: the engine over the official tables, once it has been built. */
    private static PointsEngine official;

    private final RuleBook ruleBook;
    /** An array rather than a list: the loop over it runs 60 times per profile. */
    private final Criterion[] criteria;
    /**
     * The ready-made items of each rule set, made here once rather than per profile; immutable, so
     * the engine stays safe to share between threads.
     */
    private final ReadyItems[] readyItems;

    public PointsEngine(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
        this.criteria = Criteria.all().toArray(new Criterion[0]);
        this.readyItems = ruleBook.ruleSets().stream().map(ReadyItems::of).toArray(ReadyItems[]::new);
    }

    /**
     * The engine over the official tables, built once per process: it is immutable and thread-safe, and
     * its ready-made items would otherwise be built again by every caller. Like
     * {@link RuleBook#official()}, a failure is not remembered.
     */
    public static synchronized PointsEngine official() {
        if (official == null) {
            official = new PointsEngine(RuleBook.official());
        }
        return official;
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
        ScoringContext context = new ScoringContext(profile, readyItemsOf(rules));
        CollectedFindings findings = new CollectedFindings(criteria.length);
        Assessment[] assessments = new Assessment[categories.size()];
        int assessed = 0;
        for (Category category : CATEGORIES) {
            if (categories.contains(category)) {
                assessments[assessed++] = assess(context, category, findings);
            }
        }
        return new ScoreResult(profile.referenceDate(), rules, context.age(), listOf(assessments, assessed));
    }

    /**
     * The points and verdict of each category asked for, without items or notes: what a batch writes.
     * The same criteria run as for {@link #score}, but no explanation is made, which is most of the
     * work of scoring, and a criterion sure to report nothing for the profile is skipped
     * ({@link Criterion#mayReport}). Equal to {@code score}'s points and verdicts for every profile
     * (tested).
     *
     * @throws ReferenceDateOutOfRangeException when the reference date precedes the first rule set
     */
    public PointTotals totals(Profile profile, Set<Category> categories) {
        RuleSet rules = ruleBook.ruleSetOn(profile.referenceDate());
        ScoringContext context = new ScoringContext(profile, readyItemsOf(rules));
        Category[] assessed = inOrder(categories);
        int count = assessed.length;
        // Criterion by criterion, so that one that has nothing to report for the profile is skipped
        // in every category at once; the points of a category do not depend on the order of its items.
        PointsOnly sums = new PointsOnly(count);
        for (Criterion criterion : criteria) {
            if (criterion.mayReport(context)) {
                for (int i = 0; i < count; i++) {
                    sums.category = i;
                    criterion.evaluate(context, assessed[i], sums);
                }
            }
        }
        int[] points = sums.points;
        boolean[] eligible = new boolean[count];
        for (int i = 0; i < count; i++) {
            eligible[i] = points[i] >= passMark(rules, assessed[i])
                    && meetsFloor(profile.annualSalaryYen(), floor(rules, assessed[i]));
        }
        return new PointTotals(profile.referenceDate(), assessed, points, eligible);
    }

    /**
     * The categories asked for, in the order of {@link Category}. All of them, as a batch asks, share
     * one array, which {@link PointTotals} only reads.
     */
    private static Category[] inOrder(Set<Category> categories) {
        if (categories.size() == CATEGORIES.length) {
            return CATEGORIES;
        }
        Category[] inOrder = new Category[categories.size()];
        int count = 0;
        for (Category category : CATEGORIES) {
            if (categories.contains(category)) {
                inOrder[count++] = category;
            }
        }
        return inOrder;
    }

    /** By identity among a handful of rule sets: cheaper than a map's hashing for every profile. */
    private ReadyItems readyItemsOf(RuleSet rules) {
        for (ReadyItems ready : readyItems) {
            if (ready.rules() == rules) {
                return ready;
            }
        }
        throw new IllegalArgumentException("rule set " + rules.id() + " is not in this engine's rule book");
    }

    private Assessment assess(ScoringContext context, Category category, CollectedFindings findings) {
        findings.clear(context, category);
        evaluate(context, category, findings);
        RuleSet rules = context.rules();
        int passMark = passMark(rules, category);
        OptionalLong floor = floor(rules, category);
        long salary = context.profile().annualSalaryYen();
        boolean meetsFloor = meetsFloor(salary, floor);
        if (!meetsFloor) {
            findings.note(Message.of("note.belowSalaryFloor", salary, floor.getAsLong()));
        }
        return new Assessment(category, findings.items(), findings.points(), passMark, floor, meetsFloor,
                findings.notes());
    }

    private void evaluate(ScoringContext context, Category category, Findings findings) {
        for (Criterion criterion : criteria) {
            criterion.evaluate(context, category, findings);
        }
    }

    private static int passMark(RuleSet rules, Category category) {
        return Math.toIntExact(rules.requiredThreshold(Threshold.PASS_MARK, category));
    }

    private static OptionalLong floor(RuleSet rules, Category category) {
        return rules.threshold(Threshold.SALARY_FLOOR_YEN, category);
    }

    /** Trivially met where the category has no floor (academic research). */
    private static boolean meetsFloor(long salaryYen, OptionalLong floor) {
        return floor.isEmpty() || salaryYen >= floor.getAsLong();
    }

    /**
     * The first {@code count} elements as an immutable list, made with one array: the records keep
     * such a list as it is, where {@code List.of(array)} would copy the array once more. Up to ten
     * elements, which is what a category has, go through the fixed-arity {@code List.of}.
     */
    private static <E> List<E> listOf(E[] e, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(e[0]);
            case 2 -> List.of(e[0], e[1]);
            case 3 -> List.of(e[0], e[1], e[2]);
            case 4 -> List.of(e[0], e[1], e[2], e[3]);
            case 5 -> List.of(e[0], e[1], e[2], e[3], e[4]);
            case 6 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5]);
            case 7 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
            case 8 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
            case 9 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]);
            case 10 -> List.of(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9]);
            default -> List.of(Arrays.copyOf(e, count));
        };
    }

    /**
     * The findings of one category at a time, in the order reported, handed over as immutable lists
     * that {@link Assessment} keeps without copying. One per call of {@code score}, cleared for each
     * category.
     */
    private static final class CollectedFindings implements Findings {

        private ScoringContext context;
        private Category category;
        private Item[] items;
        private int itemCount;
        private int points;
        /** Made at the first note of the profile: most profiles have none. */
        private Message[] notes;
        private int noteCount;

        /** Room for one item per criterion, which is what criteria report; more still fit. */
        CollectedFindings(int expectedItems) {
            items = new Item[expectedItems];
        }

        /** Starts on a category of the profile of {@code context}, which the explanations are made for. */
        void clear(ScoringContext context, Category category) {
            this.context = context;
            this.category = category;
            itemCount = 0;
            points = 0;
            noteCount = 0;
        }

        @Override
        public void item(Item item) {
            if (itemCount == items.length) {
                items = Arrays.copyOf(items, 2 * items.length + 1);
            }
            items[itemCount++] = item;
            points += item.points();
        }

        @Override
        public void award(PointRow row, Explanation why) {
            item(Awards.award(row, why.of(context, category, row)));
        }

        @Override
        public void withhold(PointRow row, Explanation why) {
            item(Awards.withhold(row, why.of(context, category, row)));
        }

        @Override
        public void note(Message note) {
            if (notes == null) {
                notes = new Message[2];
            } else if (noteCount == notes.length) {
                notes = Arrays.copyOf(notes, 2 * notes.length);
            }
            notes[noteCount++] = note;
        }

        List<Item> items() {
            return listOf(items, itemCount);
        }

        int points() {
            return points;
        }

        List<Message> notes() {
            return listOf(notes, noteCount);
        }
    }

    /**
     * Sums the points of each category, into the category's place in {@link #points}; the place being
     * summed is {@link #category}. Keeps nothing else: no explanation is ever made.
     */
    private static final class PointsOnly implements Findings {

        private final int[] points;
        private int category;

        PointsOnly(int categories) {
            points = new int[categories];
        }

        @Override
        public void item(Item item) {
            points[category] += item.points();
        }

        @Override
        public void award(PointRow row, Explanation why) {
            points[category] += row.points();
        }

        @Override
        public void withhold(PointRow row, Explanation why) {
        }

        @Override
        public void note(Message note) {
        }
    }
}
