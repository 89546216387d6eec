package org.hspnavigator.engine.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
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
 * with the verdict of the pass rule (docs/rules.md §1). The one way to score: a single profile and a
 * batch of millions get the same items, and the points are their sum. Thread-safe and free of I/O once
 * constructed.
 */
public final class PointsEngine {

    private static final Set<Category> ALL_CATEGORIES = EnumSet.allOf(Category.class);
    /** {@code Category.values()} makes a new array at every call. */
    private static final Category[] CATEGORIES = Category.values();

    /** Guarded by the class: the engine over the official tables, once it has been built. */
    private static PointsEngine official;

    private final RuleBook ruleBook;
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
     * The categories asked for, in the order of {@link Category}.
     *
     * @throws ReferenceDateOutOfRangeException when the reference date precedes the first rule set
     */
    public ScoreResult score(Profile profile, Set<Category> categories) {
        RuleSet rules = ruleBook.ruleSetOn(profile.referenceDate());
        ScoringContext context = new ScoringContext(profile, rules);
        Findings[] findings = new Findings[categories.size()];
        int asked = 0;
        for (Category category : CATEGORIES) {
            if (categories.contains(category)) {
                findings[asked++] = new Findings(category, criteria.length);
            }
        }
        // Criterion by criterion, each for every category: one whose condition is a fact of the profile
        // decides it once for all of them.
        for (Criterion criterion : criteria) {
            criterion.evaluate(context, findings);
        }
        Assessment[] assessments = new Assessment[asked];
        for (int i = 0; i < asked; i++) {
            assessments[i] = assess(context, findings[i]);
        }
        return new ScoreResult(profile.referenceDate(), rules, context.age(), List.of(assessments));
    }

    /** The pass rule applied to what the criteria found in one category. */
    private static Assessment assess(ScoringContext context, Findings findings) {
        Category category = findings.category();
        RuleSet rules = context.rules();
        int passMark = Math.toIntExact(rules.requiredThreshold(Threshold.PASS_MARK, category));
        OptionalLong floor = rules.threshold(Threshold.SALARY_FLOOR_YEN, category);
        long salary = context.profile().annualSalaryYen();
        // Trivially met where the category has no floor (academic research).
        boolean meetsFloor = floor.isEmpty() || salary >= floor.getAsLong();
        if (!meetsFloor) {
            findings.note(Message.of("note.belowSalaryFloor", salary, floor.getAsLong()));
        }
        return new Assessment(category, findings.items(), findings.points(), passMark, floor, meetsFloor,
                findings.notes());
    }
}
