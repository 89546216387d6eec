package org.hspnavigator.bench;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.profile.CsvCells;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
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
 * Reading one batch CSV row into a {@link Profile}, as the batch command's scorer threads do, from the
 * cells FastCSV gives ({@link CsvCells}) to the profile or its problems, without scoring or output. The rows are 4,096 of
 * the batch benchmark's seeded candidates ({@link CandidateRows}, about one in 200 invalid), parsed
 * once; each invocation reads the next one.
 *
 * {@code read} is {@link CsvProfileColumns.RowReader#read}, the one reader of profiles, for valid and
 * invalid rows alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvRowReadBenchmark {

    /** A power of two, so that the next index is a mask, not a division. */
    private static final int ROWS = 4_096;
    /** The candidates are scored on this day, as the batch benchmark's are. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    /** The seed of the candidates: fixed, so that every run reads the same rows. */
    @Param("1")
    long seed;

    private CsvProfileColumns.RowReader reader;
    private List<CsvCells> cells;
    private final List<Violation> violations = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException, InvalidInputException {
        CandidateRows candidates = CandidateRows.generate(ROWS, seed);
        cells = candidates.cells();
        reader = CsvProfileColumns.of(candidates.header())
                .rowReader(new ProfileReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate())));
    }

    @Benchmark
    public Optional<Profile> read() {
        violations.clear();
        CsvCells row = cells.get(next);
        next = (next + 1) & (ROWS - 1);
        return reader.read(row, violations);
    }

}
