package org.hspnavigator.engine.scoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.rule.Criteria;
import org.hspnavigator.engine.rule.Criterion;
import org.hspnavigator.engine.rule.Note;
import org.hspnavigator.engine.rule.PointsSink;
import org.hspnavigator.engine.rule.ScoringContext;
import org.hspnavigator.engine.table.ReferenceDateOutOfRangeException;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * Scores a profile: the points of each category as of the profile's reference date, item by item,
 * with the verdict of the pass rule (docs/rules.md §1). The one way to score: every criterion puts its
 * items into a {@link PointsSink}, which keeps them with their explanations for an assessment
 * ({@link #score}) or only adds up their points for a batch row ({@link #totals}); either way the points
 * are the sum of the items. Thread-safe and free of I/O once constructed.
 */
public final class PointsEngine {

    private static final Set<Category> ALL_CATEGORIES = EnumSet.allOf(Category.class);
    /** {@code Category.values()} makes a new array at every call. */
    private static final Category[] CATEGORIES = Category.values();
    /**
     * The categories of every subset asked for, made once: a profile scored in one or two categories
     * then makes no array of its own.
     */
    private static final Category[][] SUBSETS = subsets();

    /** Guarded by the class: the engine over the official tables, once it has been built. */
    private static PointsEngine official;

    private final RuleBook ruleBook;
    /** A salary below the category's floor: the category cannot pass, whatever its points. */
    private static final Note BELOW_SALARY_FLOOR = (context, category) -> Message.of("note.belowSalaryFloor",
            context.profile().annualSalaryYen(), floor(context.rules(), category).getAsLong());

    /** An array rather than a list: the loop over it runs for every profile. */
    private final Criterion[] criteria = Criteria.all().toArray(new Criterion[0]);

    public PointsEngine(RuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    /**
     * The engine over the official tables, built once per process; like {@link RuleBook#official()}, a
     * failure is not remembered.
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
     * The categories asked for, in the order of {@link Category}, item by item.
     *
     * @throws ReferenceDateOutOfRangeException when the reference date precedes the first rule set
     */
    public ScoreResult score(Profile profile, Set<Category> categories) {
        RuleSet rules = ruleBook.ruleSetOn(profile.referenceDate());
        ScoringContext context = new ScoringContext(profile, rules);
        Category[] asked = inOrder(categories);
        ItemizedPoints found = new ItemizedPoints(context, asked);
        evaluate(context, asked, found);
        Assessment[] assessments = new Assessment[asked.length];
        for (int i = 0; i < asked.length; i++) {
            assessments[i] = assess(context, asked[i], found);
        }
        return new ScoreResult(profile.referenceDate(), rules, context.age(), List.of(assessments));
    }

    /**
     * The points and verdict of each category asked for, in the order of {@link Category}, without
     * items: what a batch row holds. The same criteria put the same items as for {@link #score}, into a
     * sink that only adds up their points and makes no explanation.
     *
     * @throws ReferenceDateOutOfRangeException when the reference date precedes the first rule set
     */
    public PointTotals totals(Profile profile, Set<Category> categories) {
        RuleSet rules = ruleBook.ruleSetOn(profile.referenceDate());
        ScoringContext context = new ScoringContext(profile, rules);
        Category[] asked = inOrder(categories);
        SummedPoints sums = new SummedPoints();
        evaluate(context, asked, sums);
        int[] points = new int[asked.length];
        boolean[] eligible = new boolean[asked.length];
        long salary = profile.annualSalaryYen();
        for (int i = 0; i < asked.length; i++) {
            points[i] = sums.points(asked[i]);
            eligible[i] = Assessment.passes(points[i], passMark(rules, asked[i]),
                    meetsFloor(salary, floor(rules, asked[i])));
        }
        return new PointTotals(profile.referenceDate(), asked, points, eligible);
    }

    /**
     * Every criterion into the sink. Criterion by criterion, each for every category: one that the
     * profile does not concern is skipped once for all of them.
     */
    private void evaluate(ScoringContext context, Category[] categories, PointsSink sink) {
        for (Criterion criterion : criteria) {
            criterion.evaluate(context, categories, sink);
        }
    }

    /** The categories asked for, in the order of {@link Category}: one shared array per subset, only read. */
    private static Category[] inOrder(Set<Category> categories) {
        int subset = 0;
        for (Category category : CATEGORIES) {
            if (categories.contains(category)) {
                subset |= 1 << category.ordinal();
            }
        }
        return SUBSETS[subset];
    }

    /** Every subset of the categories in the order of {@link Category}, by the bits of their ordinals. */
    private static Category[][] subsets() {
        Category[][] subsets = new Category[1 << CATEGORIES.length][];
        for (int subset = 0; subset < subsets.length; subset++) {
            int members = subset;
            subsets[subset] = Arrays.stream(CATEGORIES)
                    .filter(category -> (members & 1 << category.ordinal()) != 0)
                    .toArray(Category[]::new);
        }
        return subsets;
    }

    /** The pass rule applied to what the criteria found in one category. */
    private static Assessment assess(ScoringContext context, Category category, ItemizedPoints found) {
        RuleSet rules = context.rules();
        OptionalLong floor = floor(rules, category);
        long salary = context.profile().annualSalaryYen();
        boolean meetsFloor = meetsFloor(salary, floor);
        if (!meetsFloor) {
            found.note(category, BELOW_SALARY_FLOOR);
        }
        return new Assessment(category, found.items(category), found.points(category), passMark(rules, category),
                floor, meetsFloor, found.notes(category));
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
}
