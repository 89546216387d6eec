package org.hspnavigator.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;

/**
 * The CPU time the reading thread spends per batch row, on the rows of {@link CsvRowReadBenchmark},
 * read by {@link CsvProfileColumns#read} and by the general checks alone in alternate rounds, so that
 * both see the same load of a shared machine (see {@link EngineCpuTime} for why CPU time).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.hspnavigator.bench.CsvRowCpuTime [ROUNDS]</pre>
 */
public final class CsvRowCpuTime {

    private static final int ROWS = 4_096;
    private static final int PASSES_PER_ROUND = 100;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    private CsvRowCpuTime() {
    }

    public static void main(String[] args) throws IOException, InvalidInputException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CandidateRows candidates = CandidateRows.generate(ROWS, 1);
        CsvProfileColumns columns = CsvProfileColumns.of(candidates.header());
        ProfileReader reader = new ProfileReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Violation> violations = new ArrayList<>();
        long read = 0;
        double bestShortcut = Double.MAX_VALUE;
        double bestGeneral = Double.MAX_VALUE;
        for (int round = 0; round < 2 * rounds; round++) {
            boolean shortcut = round % 2 == 0;
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                for (int row = 0; row < ROWS; row++) {
                    violations.clear();
                    read += (shortcut ? columns.read(reader, candidates.cells().get(row), violations)
                            : columns.readWithoutShortcut(reader, candidates.rows().get(row), violations)).isPresent() ? 1 : 0;
                }
            }
            double nanosPerRow = (threads.getCurrentThreadCpuTime() - start) / (double) (PASSES_PER_ROUND * ROWS);
            // The first half of the rounds warms up the JIT compiler.
            if (round >= rounds) {
                if (shortcut) {
                    bestShortcut = Math.min(bestShortcut, nanosPerRow);
                } else {
                    bestGeneral = Math.min(bestGeneral, nanosPerRow);
                }
            }
        }
        System.out.printf("ns of CPU per row, best of the last %d rounds of %d rows each: read %.0f,"
                + " readWithoutShortcut %.0f (%d profiles read)%n", rounds / 2, PASSES_PER_ROUND * ROWS, bestShortcut,
                bestGeneral, read);
    }
}
