package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.input.CategoryChoice;
import org.hspnavigator.cli.input.DateOverride;
import org.hspnavigator.cli.input.FileProblems;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.batch.BatchLayout;
import org.hspnavigator.formats.batch.ChunkScorer;
import org.hspnavigator.formats.batch.CsvInput;
import org.hspnavigator.formats.batch.CsvParseProblems;
import org.hspnavigator.formats.batch.RowChunk;
import org.hspnavigator.formats.batch.ScoredChunk;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hsp batch}: the points of every profile of a CSV file, one output row per input row. */
@Command(name = "batch",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Score a CSV file of profiles, one output row per applicant.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Reads a CSV file with a header row whose columns are the profile fields by their JSON path, "
                    + "lists by index (birthDate, annualSalaryYen, degrees.0.level, careerYears.specializedTechnical, "
                    + "japaneseLanguage.jlpt, ...), plus an optional id passed through. Missing columns and empty "
                    + "cells take their defaults; booleans are true or false (any case).",
            "",
            "Writes one row per input row, in the same order: id, line, referenceDate, the points and "
                    + "eligibility per category, bestCategory, and for an invalid row the error instead "
                    + "(line, column, problem), checked exactly as 'hsp score' checks a JSON profile. "
                    + "Invalid rows never stop the batch.",
            "",
            "The README lists every column; an unknown column is refused before any row is read, "
                    + "with the list of known ones."
        },
        parameterListHeading = "%nInput:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row scored",
            "3:the batch ran to its end, but some rows were invalid (see the error column)",
            "2:usage, an unknown or duplicate column (nothing scored), or a file that cannot be read or decoded",
            "1:internal error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp batch examples/candidates.csv -o scores.csv",
            "  ./hsp batch candidates.csv -o scores.csv --errors errors.csv --excel",
            "  ./hsp batch --encoding windows-31j --date 2027-04-01 candidates.csv -o -"
        })
public final class BatchCommand implements Callable<Integer> {

    private static final String NAME = "hsp batch";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.csv", description = "The CSV file of profiles, or - to read standard input.")
    private String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", required = true,
            description = "Where to write the results, or - for standard output.")
    private String output;

    @Option(names = "--errors", paramLabel = "ERR.csv",
            description = "Also write the invalid rows (id, line, error) to this file.")
    private String errorsFile;

    @Mixin
    private CategoryChoice category;

    @Mixin
    private DateOverride date;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The input's encoding: UTF-8 (default; a byte-order mark is fine) or windows-31j "
                    + "(Shift_JIS as Excel saves it in Japan).")
    private String encoding;

    @Option(names = "--excel", description = "Write UTF-8 with a byte-order mark and CRLF line ends, as Excel expects.")
    private boolean excel;

    @Mixin
    private LanguageOption language;

    /** Rows per chunk scored by one worker; small values exercise the ordering in tests. */
    @Option(names = "--chunk-rows", hidden = true, defaultValue = "1000")
    private int chunkRows;

    private final Clock clock;
    private final InputStream stdin;

    public BatchCommand(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        // Only --date needs the rules before the file is read (to check the date's range); without it,
        // the header and the first rows are read while the rules still load on another thread (Main).
        ProfileReader datedReader = null;
        if (date.given()) {
            Optional<ProfileReader> dated = date.reader(referenceDates(PointsEngine.official()), language.language(), this::usage);
            if (dated.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            datedReader = dated.get();
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return usage(problems().text("batch.unknownEncoding", encoding));
        }
        if (chunkRows < 1) {
            return usage(problems().text("batch.chunkRows"));
        }
        BatchStreams streams = new BatchStreams(stdin, spec.commandLine().getOut(), this::usage, language.language());
        // Two streams written to one place corrupt each other, and the input would be overwritten before
        // it is read: refused before anything is opened.
        if (!input.equals("-") && BatchStreams.samePlace(input, output)) {
            return usage(problems().text("batch.outputIsInput", output));
        }
        if (errorsFile != null && !input.equals("-") && BatchStreams.samePlace(input, errorsFile)) {
            return usage(problems().text("batch.errorsIsInput", errorsFile));
        }
        if (errorsFile != null && BatchStreams.samePlace(output, errorsFile)) {
            return usage(errorsFile.equals("-") ? problems().text("batch.errorsOnStandardOutput", errorsFile)
                    : problems().text("batch.errorsIsOutput", errorsFile, output));
        }
        InputStream in = streams.openInput(input);
        if (in == null) {
            return ExitCodes.INVALID_INPUT;
        }
        try (CsvInput csv = new CsvInput(in, charset)) {
            return run(csv, datedReader, streams, start);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return usage(problems().text(charset.equals(StandardCharsets.UTF_8) ? "batch.notUtf8" : "batch.notEncoding",
                        source(), charset.name()));
            }
            return usage(source() + ": " + FileProblems.reading(e.getCause(), language.language()));
        } catch (CsvParseException e) {
            return usage(source() + ": " + CsvParseProblems.problem(e).text(language.language()));
        } catch (IOException e) {
            // Reading fails as UncheckedIOException inside FastCSV, so this is writing: a full disk, a closed pipe.
            return usage(CommandTexts.problems(language.language()).text("file.output",
                    FileProblems.writing(e, language.language())));
        }
    }

    /** Reads, scores and writes every row; {@code datedReader} reads them as of {@code --date}, if given. */
    private int run(CsvInput csv, ProfileReader datedReader, BatchStreams streams, long start) throws IOException {
        RowChunk header = csv.nextRows(1);
        if (header.rows() == 0) {
            return usage(source() + ": " + new CommandTexts(language.language()).text("batch.empty"));
        }
        Set<Category> categories = category.categories();
        LineDelimiter lineDelimiter = excel ? LineDelimiter.CRLF : LineDelimiter.LF;
        BatchLayout layout;
        try {
            layout = BatchLayout.of(header.cells(0).texts(), categories, lineDelimiter, excel);
        } catch (InvalidInputException e) {
            PrintWriter err = spec.commandLine().getErr();
            CommandTexts texts = new CommandTexts(language.language());
            err.println(NAME + ": " + texts.text("batch.header.invalid", source()));
            for (Violation violation : e.violations()) {
                err.println(texts.text(violation.path().isEmpty() ? "batch.header.problem" : "batch.header.column",
                        String.valueOf(header.line(0)), violation.message(texts.language())));
            }
            if (header.cells(0).texts().stream().anyMatch(column -> column.contains(";"))) {
                err.println(texts.text("batch.header.semicolons"));
            }
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        BatchOutput out = streams.openOutput(output);
        if (out == null) {
            return ExitCodes.INVALID_INPUT;
        }
        BatchOutput errors = null;
        if (errorsFile != null) {
            errors = streams.openOutput(errorsFile);
            if (errors == null) {
                streams.close(out);
                return ExitCodes.INVALID_INPUT;
            }
        }
        long[] counts = new long[2];
        int workers = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "hsp-batch-scorer");
            thread.setDaemon(true);
            return thread;
        });
        BatchOutput errorsOut = errors;
        try (Progress progress = Progress.forTerminal(BatchStreams.size(input), language.language())) {
            // The headers are flushed as they are written, before the rows follow as bytes.
            StringBuilder outputHeader = new StringBuilder();
            layout.appendOutputHeader(outputHeader);
            writeHeader(out.text(), outputHeader);
            if (errorsOut != null) {
                StringBuilder errorsHeader = new StringBuilder();
                layout.appendErrorsHeader(errorsHeader);
                writeHeader(errorsOut.text(), errorsHeader);
            }
            OrderedPipeline<ScoredChunk> pipeline = new OrderedPipeline<>(pool, 2 * workers + 2, chunk -> {
                out.write(chunk.output());
                if (errorsOut != null && !chunk.errors().isEmpty()) {
                    errorsOut.text().write(chunk.errors());
                }
                counts[0] += chunk.rows();
                counts[1] += chunk.invalid();
            });
            try {
                long read = 0;
                RowChunk first = csv.nextRows(chunkRows);
                PointsEngine engine = PointsEngine.official();
                ProfileReader reader = datedReader != null ? datedReader : new ProfileReader(referenceDates(engine));
                ChunkScorer scorer = new ChunkScorer(layout, reader, engine);
                for (RowChunk chunk = first; chunk.rows() > 0; chunk = csv.nextRows(chunkRows)) {
                    read += chunk.rows();
                    RowChunk rows = chunk;
                    pipeline.submit(() -> scorer.score(rows));
                    progress.update(csv.bytesRead(), read, (System.nanoTime() - start) / 1e9);
                }
                pipeline.finish();
            } catch (RuntimeException | IOException e) {
                pipeline.cancel();
                throw e;
            }
        } finally {
            pool.shutdownNow();
            streams.close(out);
            if (errorsOut != null) {
                streams.close(errorsOut);
            }
        }
        summarize(counts[0], counts[1], csv.blankRowsSkipped(), System.nanoTime() - start);
        return counts[1] > 0 ? ExitCodes.SOME_ROWS_INVALID : ExitCodes.OK;
    }

    /** Today from the clock, and the first day the rules cover. */
    private ReferenceDates referenceDates(PointsEngine engine) {
        return new ReferenceDates(clock, engine.ruleBook().earliestDate());
    }

    /** A header row, after the byte-order mark Excel looks for when {@code --excel} asks for it. */
    private void writeHeader(Writer target, CharSequence header) throws IOException {
        if (excel) {
            target.write('\uFEFF');
        }
        target.append(header);
        target.flush();
    }

    private void summarize(long rows, long invalid, long blank, long nanos) {
        double seconds = nanos / 1e9;
        long perSecond = seconds > 0 ? Math.round(rows / seconds) : rows;
        PrintWriter err = spec.commandLine().getErr();
        CommandTexts texts = new CommandTexts(language.language());
        // Counts as text, ungrouped; each count also as a number, for the plural of its noun.
        String skipped = blank == 0 ? "" : texts.text("batch.summary.blank", String.valueOf(blank), blank);
        err.println(NAME + ": " + texts.text("batch.summary", String.valueOf(rows), rows, String.valueOf(rows - invalid),
                String.valueOf(invalid), skipped, String.valueOf(Math.round(seconds * 100) / 100.0),
                String.valueOf(perSecond)));
        err.flush();
    }

    private String source() {
        return input.equals("-") ? new CommandTexts(language.language()).text("batch.standardInput") : input;
    }

    /** The words of the problems of the command line and the files, in the command's language. */
    private CommandTexts problems() {
        return CommandTexts.problems(language.language());
    }

    private int usage(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(NAME + ": " + problem);
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
