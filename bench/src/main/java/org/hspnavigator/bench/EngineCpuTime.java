package org.hspnavigator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;

/**
 * The CPU time the scoring thread spends per profile, scoring the same 1,024 profiles as
 * {@link EngineBenchmark} in all three categories, as {@code hsp score} and a batch row do. On a
 * machine shared with other work, wall time (what JMH reports) also counts the time the thread waits
 * for a core; CPU time counts only the time it runs, so it compares two versions of the engine better
 * there. It still rises somewhat under load (caches are shared), so compare runs taken one after the
 * other.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.hspnavigator.bench.EngineCpuTime [ROUNDS]</pre>
 */
public final class EngineCpuTime {

    private static final int PROFILES = 1_024;
    private static final int PASSES_PER_ROUND = 500;

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Profile[] profiles = new BenchmarkProfiles(20261127).next(PROFILES);
        PointsEngine engine = PointsEngine.official();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                for (Profile profile : profiles) {
                    checksum += engine.score(profile).assessments().get(0).points();
                }
            }
            double nanosPerProfile = (threads.getCurrentThreadCpuTime() - start) / (double) (PASSES_PER_ROUND * PROFILES);
            // The first half of the rounds warms up the JIT compiler.
            if (round >= rounds / 2) {
                best = Math.min(best, nanosPerProfile);
            }
        }
        System.out.printf("score: %.0f ns of CPU per profile (all three categories), best of the last %d rounds of %d"
                + " profiles (checksum %d)%n", best, rounds - rounds / 2, PASSES_PER_ROUND * PROFILES, checksum);
    }
}
