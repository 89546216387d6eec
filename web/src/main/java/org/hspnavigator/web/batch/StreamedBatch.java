package org.hspnavigator.web.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.batch.BatchLayout;
import org.hspnavigator.formats.batch.ChunkScorer;
import org.hspnavigator.formats.batch.CsvInput;
import org.hspnavigator.formats.batch.CsvParseProblems;
import org.hspnavigator.formats.batch.RowChunk;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.LimitExceededException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.ResponseStoppedException;

/**
 * One batch scored as its CSV body streams in: chunks of rows read, scored and written to the response
 * before the next chunk is read, so that memory stays the same whatever the body's size, and the output
 * is what {@code hsp batch} writes for the same text, byte for byte.
 *
 * <p>What goes wrong before the response's first bytes leave (a bad header, an empty body, too many rows
 * or text that is not CSV or not in its charset within the first {@value #RESPONSE_BUFFER_BYTES} bytes of
 * the answer) is a problem like any other: 400 or 413.
 * What goes wrong later cannot change the 200 already sent: the response ends with one more row whose
 * error column says what happened and from which line no row was scored, and the connection is cut
 * before the response's end, the last chunk of its chunked body ({@link ResponseStoppedException}), so
 * that every HTTP client reports the response as incomplete rather than taking it for a whole batch.
 */
final class StreamedBatch {

    /**
     * The response's first bytes held back before any leaves, about a thousand rows: what is found wrong
     * before they leave is still answered with its status. Set here rather than left to the container, so
     * that the point where a problem becomes a stopped response is the same on every server.
     */
    static final int RESPONSE_BUFFER_BYTES = 1 << 16;

    /** Rows read and scored at a time, as {@code hsp batch} scores them: about 70 KB of output each. */
    static final int CHUNK_ROWS = 1000;

    private final Set<Category> categories;
    private final boolean excel;
    private final ProfileReader reader;
    private final PointsEngine engine;
    private final long maxRows;

    /**
     * @param categories the categories assessed ({@code hsp batch --category})
     * @param excel      a byte-order mark and CRLF line ends ({@code hsp batch --excel})
     * @param reader     the reader of the rows, as of the query's date if given ({@code hsp batch --date})
     * @param maxRows    the most data rows of a body
     */
    StreamedBatch(Set<Category> categories, boolean excel, ProfileReader reader, PointsEngine engine, long maxRows) {
        this.categories = categories;
        this.excel = excel;
        this.reader = reader;
        this.engine = engine;
        this.maxRows = maxRows;
    }

    /**
     * Reads {@code body} in {@code charset} (UTF-8 whatever it says when it starts with a byte-order mark)
     * and writes the scored rows to {@code response}.
     *
     * @throws InvalidRequestException  a bad header, or a body found unreadable before the response began
     * @throws LimitExceededException   over {@code maxRows} before the response began
     * @throws ResponseStoppedException either of these after the response began
     */
    void run(InputStream body, Charset charset, HttpServletResponse response) throws IOException {
        CsvInput csv = new CsvInput(body, charset);
        RowChunk header = next(csv, 1, response, null, 0);
        if (header.rows() == 0) {
            throw invalid("", Problem.of("csv.body.empty"));
        }
        BatchLayout layout;
        try {
            layout = BatchLayout.of(header.cells(0).texts(), categories, excel ? LineDelimiter.CRLF : LineDelimiter.LF);
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(e.violations().stream().map(violation -> Problems.Located.body(
                    new Violation(violation.path(), Problem.of("csv.line", header.line(0), violation.reason())))).toList());
        }
        response.setBufferSize(RESPONSE_BUFFER_BYTES);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        StringBuilder outputHeader = new StringBuilder();
        if (excel) {
            outputHeader.append('\uFEFF');
        }
        layout.appendOutputHeader(outputHeader);
        out.write(outputHeader.toString().getBytes(StandardCharsets.UTF_8));
        ChunkScorer scorer = new ChunkScorer(layout, reader, engine);
        long rows = 0;
        long nextLine = header.line(0) + 1;
        while (true) {
            // Chunks end at the limit, so that the one row read beyond it is the first row refused.
            int wanted = rows < maxRows ? (int) Math.min(CHUNK_ROWS, maxRows - rows) : 1;
            RowChunk chunk = next(csv, wanted, response, layout, nextLine);
            if (chunk.rows() == 0) {
                return;
            }
            if (rows == maxRows) {
                Problem problem = Problem.of("limit.csvRows.batch", String.valueOf(maxRows));
                throw stop(response, layout, chunk.line(0), "line " + chunk.line(0) + ": " + problem.english()
                        + "; no row from this line on was scored",
                        new LimitExceededException("maxCsvRows", maxRows, problem));
            }
            out.write(scorer.score(chunk).output());
            rows += chunk.rows();
            nextLine = chunk.line(chunk.rows() - 1) + 1;
        }
    }

    /**
     * The next rows of the body; a body that stops being readable (not CSV, not in its charset) stops the
     * batch there, every row before it scored.
     *
     * @param layout   the batch's layout, null while the header is read
     * @param nextLine the line after the last row scored
     */
    private RowChunk next(CsvInput csv, int rows, HttpServletResponse response, BatchLayout layout,
            long nextLine) throws IOException {
        Problem problem;
        try {
            return csv.nextRows(rows);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                // The client went away or stopped sending: nothing can be answered.
                throw e.getCause();
            }
            problem = Problem.of(csv.charset().equals(StandardCharsets.UTF_8) ? "csv.charset.utf8" : "csv.charset.other",
                    csv.charset().name());
        } catch (CsvParseException e) {
            problem = CsvParseProblems.problem(e);
        }
        if (layout == null) {
            throw invalid("", problem);
        }
        throw stop(response, layout, nextLine, "from line " + nextLine + " on: " + problem.english()
                + "; no row from this line on was scored", invalid("", problem));
    }

    /**
     * Ends the batch: throws {@code beforeResponse} while nothing has left, else writes a last row saying
     * {@code error} on {@code line} and returns the exception that cuts the connection.
     */
    private static ResponseStoppedException stop(HttpServletResponse response, BatchLayout layout, long line, String error,
            RuntimeException beforeResponse) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
            throw beforeResponse;
        }
        StringBuilder row = new StringBuilder();
        layout.appendInvalidRow(row, line, error);
        OutputStream out = response.getOutputStream();
        out.write(row.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new ResponseStoppedException(error);
    }

    private static InvalidRequestException invalid(String path, Problem problem) {
        return new InvalidRequestException(List.of(Problems.Located.body(new Violation(path, problem))));
    }
}
