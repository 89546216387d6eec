package org.hspnavigator.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.hspnavigator.bench.ThreadCpuProfiler}) that reports the CPU time of
 * the benchmark's worker threads per operation ({@code :cpu.time.norm}, ns/op) beside JMH's wall time.
 * On a machine shared with other work, wall time also counts the time a worker waits for a core, and
 * goes up and down with the others' load; the CPU time counts only the time it runs. It does not count
 * the compiler or collector threads. It runs in the benchmark's JVM and needs only this class on its
 * class path, so it measures any build's benchmarks jar alike (see bench/engine-compare.sh).
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    private static final String WORKER = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = workersCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = workersCpuTime() - cpuAtStart;
        long operations = result.getMetadata().getMeasuredOps();
        if (operations <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", (double) cpu / operations, "ns/op", AggregationPolicy.AVG));
    }

    /**
     * The CPU time of the live worker threads. JMH keeps its workers from one iteration to the next, so
     * the difference over an iteration is their work in it.
     */
    private long workersCpuTime() {
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().contains(WORKER)) {
                long cpu = threads.getThreadCpuTime(thread.getThreadId());
                if (cpu > 0) {
                    total += cpu;
                }
            }
        }
        return total;
    }
}
