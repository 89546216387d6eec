package org.hspnavigator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;

/**
 * The CPU time the scoring thread spends per profile, scoring the same 1,024 profiles as
 * {@link EngineBenchmark} in all three categories: item by item as {@code hsp score} does, or, with
 * {@code totals}, only the points and verdicts as a batch row does. On a machine shared with other
 * work, wall time (what JMH reports) also counts the time the thread waits for a core; CPU time counts
 * only the time it runs, so it compares two versions of the engine better there. It still rises
 * somewhat under load (caches are shared), so compare runs taken one after the other.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.hspnavigator.bench.EngineCpuTime [ROUNDS] [totals]</pre>
 */
public final class EngineCpuTime {

    private static final int PROFILES = 1_024;
    private static final int PASSES_PER_ROUND = 500;
    private static final Set<Category> ALL_CATEGORIES = EnumSet.allOf(Category.class);

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        // One mode per run: a JVM that ran both would compile each for the other's sink too.
        boolean totals = args.length > 1 && args[1].equals("totals");
        Profile[] profiles = new BenchmarkProfiles(20261127).next(PROFILES);
        PointsEngine engine = PointsEngine.official();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                for (Profile profile : profiles) {
                    checksum += totals ? engine.totals(profile, ALL_CATEGORIES).points(0)
                            : engine.score(profile).assessments().get(0).points();
                }
            }
            double nanosPerProfile = (threads.getCurrentThreadCpuTime() - start) / (double) (PASSES_PER_ROUND * PROFILES);
            // The first half of the rounds warms up the JIT compiler.
            if (round >= rounds / 2) {
                best = Math.min(best, nanosPerProfile);
            }
        }
        System.out.printf("%s: %.0f ns of CPU per profile (all three categories), best of the last %d rounds of %d"
                + " profiles (checksum %d)%n", totals ? "totals" : "score", best, rounds - rounds / 2,
                PASSES_PER_ROUND * PROFILES, checksum);
    }
}
