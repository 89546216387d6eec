package org.hspnavigator.bench;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointTotals;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The points engine alone: {@link PointsEngine#score} from a built {@link Profile} to the full
 * {@link ScoreResult} (items, notes, verdicts), as the score command calls it, and
 * {@link PointsEngine#totals} to the points and verdicts, as the batch command does, without
 * JSON reading or output. Each invocation scores the next of 1,024 seeded profiles, so the time is
 * an average over varied applicants, dates and rule sets, not one profile the CPU has learnt.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    /** A power of two, so that the next index is a mask, not a division. */
    private static final int PROFILES = 1_024;

    /** The seed of the profile set: fixed, so that every run scores the same applicants. */
    @Param("20261127")
    long seed;

    private PointsEngine engine;
    private Profile[] profiles;
    private Set<Category> oneCategory;
    private Set<Category> allCategories;
    private int next;

    @Setup
    public void setUp() {
        engine = PointsEngine.official();
        profiles = new BenchmarkProfiles(seed).next(PROFILES);
        oneCategory = EnumSet.of(Category.SPECIALIZED_TECHNICAL);
        allCategories = EnumSet.allOf(Category.class);
    }

    /** All three categories of one profile, every item explained: what {@code hsp score} asks for. */
    @Benchmark
    public ScoreResult scoreAllCategories() {
        return engine.score(nextProfile());
    }

    /** One category (specialized/technical) of one profile: {@code hsp score --category}. */
    @Benchmark
    public ScoreResult scoreOneCategory() {
        return engine.score(nextProfile(), oneCategory);
    }

    /** The points and verdicts of all three categories, without items: what a batch row asks for. */
    @Benchmark
    public PointTotals totalsAllCategories() {
        return engine.totals(nextProfile(), allCategories);
    }

    private Profile nextProfile() {
        Profile profile = profiles[next];
        next = (next + 1) & (PROFILES - 1);
        return profile;
    }
}
