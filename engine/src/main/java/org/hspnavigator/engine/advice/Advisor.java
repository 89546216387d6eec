package org.hspnavigator.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;

/**
 * Finds the smallest sets of real changes that bring one category to a target (docs/rules.md §1; 80 is
 * the one-year permanent-residence route of docs/rules.md §11).
 *
 * <p>The search is exhaustive over the applicable levers of {@link LeverCatalogue}: every set of at
 * most {@link #MAX_CHANGES} levers, at most one per {@link LeverGroup}, is a candidate, and each is
 * re-scored by the {@link PointsEngine}. A set is <em>minimal</em> when it reaches the target and
 * no smaller version of it does, where a smaller version drops some of its levers or replaces a lever
 * with a lower level of the same ordered group ({@link Lever#isAtMost}): JLPT N2 instead of N1, a
 * lower salary, an earlier date. Candidates are examined by size, then by the sum of their levels,
 * so every smaller version of a set is examined before the set, and a set that a minimal set found
 * earlier is a smaller version of is skipped without scoring. Sets that differ only in the levels of
 * {@link LeverGroup#monotone() monotone} groups (the salary, the JLPT tier, ...) are skipped together
 * when their highest version does not reach the target. The minimal sets are ranked by total effort,
 * then number of changes, then the most points.
 */
public final class Advisor {

    /** The largest number of changes a suggestion combines. */
    public static final int MAX_CHANGES = 3;

    private static final Comparator<Suggestion> RANKING = Comparator.comparingInt(Suggestion::effort)
            .thenComparingInt(s -> s.changes().size())
            .thenComparing(Comparator.comparingInt(Suggestion::pointsAfter).reversed())
            .thenComparing(s -> s.levers().toString());

    private final PointsEngine engine;
    private final int maxChanges;

    public Advisor(PointsEngine engine) {
        this(engine, MAX_CHANGES);
    }

    public Advisor(PointsEngine engine, int maxChanges) {
        if (maxChanges < 1) {
            throw new IllegalArgumentException("maxChanges must be at least 1, got " + maxChanges);
        }
        this.engine = engine;
        this.maxChanges = maxChanges;
    }

    /** Advice for the category the applicant is taken to apply in ({@link ScoreResult#defaultCategory}). */
    public Advice advise(Profile profile, int target) {
        return advise(profile, engine.score(profile).defaultCategory(), target);
    }

    public Advice advise(Profile profile, Category category, int target) {
        ScoreResult now = engine.score(profile);
        CategoryScorer scorer = new CategoryScorer(engine, category);
        Assessment current = now.assessment(category).orElseThrow();
        List<Suggestion> suggestions = CategoryScorer.reaches(current, target)
                ? List.of()
                : search(profile, scorer, levers(profile, category), target);
        return new Advice(target, category, now, suggestions, maxChanges,
                new Forecaster(engine).forecast(profile, category));
    }

    /**
     * The changes the search combines for the profile in the category: the applicable levers, waiting
     * levers limited to the forecast's {@link Forecaster#YEARS} years.
     */
    public List<Lever> levers(Profile profile, Category category) {
        CategoryScorer scorer = new CategoryScorer(engine, category);
        return new LeverCatalogue(profile, scorer, profile.referenceDate().plusYears(Forecaster.YEARS)).levers();
    }

    private List<Suggestion> search(Profile profile, CategoryScorer scorer, List<Lever> levers, int target) {
        Map<LeverGroup, List<Lever>> byGroup = new EnumMap<>(LeverGroup.class);
        levers.forEach(lever -> byGroup.computeIfAbsent(lever.group(), g -> new ArrayList<>()).add(lever));
        List<List<Lever>> groups = new ArrayList<>(byGroup.values());
        Map<LeverGroup, Lever> highest = new EnumMap<>(LeverGroup.class);
        levers.forEach(lever -> highest.merge(lever.group(), lever, (a, b) -> a.level() >= b.level() ? a : b));
        Map<List<Object>, Boolean> familyMayReach = new HashMap<>();
        List<Lever[]> minimal = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (int size = 1; size <= Math.min(maxChanges, groups.size()); size++) {
            List<Lever[]> candidates = new ArrayList<>();
            collect(groups, 0, new Lever[size], 0, candidates);
            candidates.sort(Comparator.comparingInt(Advisor::levelSum));
            for (Lever[] candidate : candidates) {
                if (containsSmallerVersionOf(minimal, candidate)
                        || !familyMayReach.computeIfAbsent(family(candidate), f -> CategoryScorer.reaches(
                                scorer.assess(apply(profile, highestVersion(candidate, highest), -1)), target))) {
                    continue;
                }
                Assessment after = scorer.assess(apply(profile, candidate, -1));
                if (CategoryScorer.reaches(after, target)) {
                    minimal.add(candidate);
                    suggestions.add(suggestion(profile, scorer, candidate, after));
                }
            }
        }
        suggestions.sort(RANKING);
        return suggestions;
    }

    /**
     * The candidates that differ only in the levels of monotone groups form a family; if its highest
     * version does not reach the target, no member does, so one scoring rules out the family.
     */
    private static List<Object> family(Lever[] candidate) {
        List<Object> key = new ArrayList<>(candidate.length);
        for (Lever lever : candidate) {
            key.add(lever.group().monotone() ? lever.group() : lever);
        }
        return key;
    }

    private static Lever[] highestVersion(Lever[] candidate, Map<LeverGroup, Lever> highest) {
        Lever[] version = candidate.clone();
        for (int i = 0; i < version.length; i++) {
            if (version[i].group().monotone()) {
                version[i] = highest.get(version[i].group());
            }
        }
        return version;
    }

    /** Every choice of {@code chosen.length} groups from {@code fromGroup} on, and one lever of each. */
    private static void collect(List<List<Lever>> groups, int fromGroup, Lever[] chosen, int filled,
            List<Lever[]> out) {
        if (filled == chosen.length) {
            out.add(chosen.clone());
            return;
        }
        for (int g = fromGroup; g <= groups.size() - (chosen.length - filled); g++) {
            for (Lever lever : groups.get(g)) {
                chosen[filled] = lever;
                collect(groups, g + 1, chosen, filled + 1, out);
            }
        }
    }

    private static int levelSum(Lever[] levers) {
        int sum = 0;
        for (Lever lever : levers) {
            sum += lever.level();
        }
        return sum;
    }

    /** Whether some set already found is a smaller version of (or equal to) the candidate. */
    static boolean containsSmallerVersionOf(List<Lever[]> found, Lever[] candidate) {
        for (Lever[] set : found) {
            if (isSmallerVersion(set, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Every lever of {@code smaller} is at most some lever of {@code larger} (same group, level not above). */
    static boolean isSmallerVersion(Lever[] smaller, Lever[] larger) {
        for (Lever lever : smaller) {
            boolean covered = false;
            for (Lever other : larger) {
                if (lever.isAtMost(other)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** The profile with every lever applied but the one at {@code skip} (-1: none skipped). */
    static Profile apply(Profile profile, Lever[] levers, int skip) {
        Profile changed = profile;
        for (int i = 0; i < levers.length; i++) {
            if (i != skip) {
                changed = levers[i].applyTo(changed);
            }
        }
        return changed;
    }

    private static Suggestion suggestion(Profile profile, CategoryScorer scorer, Lever[] levers, Assessment after) {
        List<Change> changes = new ArrayList<>(levers.length);
        int effort = 0;
        for (int i = 0; i < levers.length; i++) {
            int without = scorer.assess(apply(profile, levers, i)).points();
            changes.add(new Change(levers[i], after.points() - without));
            effort += levers[i].effort().rank();
        }
        return new Suggestion(changes, apply(profile, levers, -1).referenceDate(), after.points(), effort);
    }
}
