package org.hspnavigator.formats.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows {@link ChunkFiller} collects are FastCSV's own records: the same cells and the same line
 * numbers, whatever the chunk size, on seeded random CSV text full of quotes, separators and line
 * breaks inside cells, empty lines, CRLF and CR line ends, and rows of any width; except the records
 * whose cells are all empty or blank, which the filler skips as FastCSV skips empty lines.
 */
class ChunkFillerTest {

    private static final String[] PIECES = {"", "a", "7", "2026-11-27", "TRUE", ",", "\"", "\n", "\r\n", "\r", " ",
        "é", "漢字", "#", "x,y", "\"\"", "𝔘"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261127L, 1L, 2L, 3L})
    void chunksHoldTheCellsAndLinesOfFastCsvsRecords(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int file = 0; file < 200; file++) {
            String text = randomCsv(random);
            List<String> expected = fastCsvRecords(text);
            int chunkRows = 1 + random.nextInt(7);
            assertThat(filledRows(text, chunkRows)).as("seed %d, file %d, chunks of %d:%n%s", seed, file, chunkRows, text)
                    .isEqualTo(expected);
        }
    }

    private static String randomCsv(SplittableRandom random) {
        StringWriter text = new StringWriter();
        LineDelimiter[] ends = LineDelimiter.values();
        int rows = random.nextInt(12);
        for (int row = 0; row < rows; row++) {
            if (random.nextInt(5) == 0) {
                text.write(random.nextBoolean() ? "\n" : "\r\n"); // an empty line
            }
            CsvWriter writer = CsvWriter.builder().lineDelimiter(ends[random.nextInt(ends.length)]).bufferSize(0)
                    .build(text);
            List<String> cells = new ArrayList<>();
            int width = 1 + random.nextInt(6);
            for (int cell = 0; cell < width; cell++) {
                StringBuilder value = new StringBuilder();
                for (int piece = random.nextInt(4); piece > 0; piece--) {
                    value.append(PIECES[random.nextInt(PIECES.length)]);
                }
                cells.add(value.toString());
            }
            writer.writeRecord(cells);
        }
        if (random.nextBoolean()) {
            text.write("last,row,without,line,end");
        }
        assertThat(text.toString()).as("rows written").hasSizeGreaterThanOrEqualTo(rows);
        return text.toString();
    }

    /** Each record as its line and its cells. */
    private static List<String> fastCsvRecords(String text) {
        List<String> records = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text)) {
            if (!record.getFields().stream().allMatch(ChunkFillerTest::isBlank)) {
                records.add(record.getStartingLineNumber() + " " + record.getFields());
            }
        }
        return records;
    }

    private static boolean isBlank(String cell) {
        return cell.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static List<String> filledRows(String text, int chunkRows) {
        List<String> rows = new ArrayList<>();
        try (CsvInput input = new CsvInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            for (RowChunk chunk = input.nextRows(chunkRows); chunk.rows() > 0; chunk = input.nextRows(chunkRows)) {
                assertThat(chunk.rows()).isLessThanOrEqualTo(chunkRows);
                for (int i = 0; i < chunk.rows(); i++) {
                    rows.add(chunk.line(i) + " " + chunk.cells(i).texts());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
