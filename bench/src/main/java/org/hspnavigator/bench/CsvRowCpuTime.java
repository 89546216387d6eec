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
 * read by {@link CsvProfileColumns.RowReader#read} (see {@link EngineCpuTime} for why CPU time). The best round
 * of the second half counts: the first half warms up the JIT compiler.
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
        CsvProfileColumns.RowReader reader = CsvProfileColumns.of(candidates.header())
                .rowReader(new ProfileReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate())));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Violation> violations = new ArrayList<>();
        long read = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 2 * rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                for (int row = 0; row < ROWS; row++) {
                    violations.clear();
                    read += reader.read(candidates.cells().get(row), violations).isPresent() ? 1 : 0;
                }
            }
            double nanosPerRow = (threads.getCurrentThreadCpuTime() - start) / (double) (PASSES_PER_ROUND * ROWS);
            if (round >= rounds) {
                best = Math.min(best, nanosPerRow);
            }
        }
        System.out.printf("ns of CPU per row, best of the last %d rounds of %d rows each: read %.0f (%d profiles read)%n",
                rounds, PASSES_PER_ROUND * ROWS, best, read);
    }
}
