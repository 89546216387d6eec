package org.hspnavigator.bench;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.batch.BatchLayout;
import org.hspnavigator.formats.batch.BatchRows;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One row of a batch from its cells to the text of its output row, as a scorer thread of
 * {@code hsp batch} does it: read into a profile, the totals of all three categories, the output row
 * (or the error row) appended; everything a row costs but the reading and writing of the file. The rows
 * are {@link CsvRowReadBenchmark}'s; each invocation scores the next one, and the output text is
 * cleared every 1,000 rows, as a chunk of the batch holds 1,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchRowsBenchmark {

    private static final int ROWS = 4_096;
    private static final int CHUNK_ROWS = 1_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    private List<CsvCells> cells;
    private final StringBuilder output = new StringBuilder();
    private final StringBuilder errors = new StringBuilder();
    private BatchRows rows;
    private int next;
    private int inChunk;

    @Setup
    public void setUp() throws IOException, InvalidInputException {
        CandidateRows candidates = CandidateRows.generate(ROWS, 1);
        cells = candidates.cells();
        PointsEngine engine = PointsEngine.official();
        rows = BatchLayout.of(candidates.header(), EnumSet.allOf(Category.class), LineDelimiter.LF)
                .rows(new ProfileReader(new ReferenceDates(CLOCK, engine.ruleBook().earliestDate())), engine, output,
                        errors);
    }

    @Benchmark
    public boolean score() {
        if (++inChunk == CHUNK_ROWS) {
            inChunk = 0;
            output.setLength(0);
            errors.setLength(0);
        }
        CsvCells row = cells.get(next);
        next = (next + 1) & (ROWS - 1);
        return rows.score(row, next + 2);
    }
}
