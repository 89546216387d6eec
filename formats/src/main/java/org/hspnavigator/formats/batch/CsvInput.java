package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The rows of an input CSV file in a given encoding, in chunks ({@link ChunkFiller}). A UTF-8
 * byte-order mark is skipped (and read as UTF-8 whatever the encoding asked for, since it says so).
 * Bytes that are not valid in the encoding stop the reading with an error rather than turning into
 * replacement characters: a Shift_JIS file read as UTF-8 must not be scored with garbled text. Empty
 * lines, and rows whose cells are all empty or blank, are skipped; cells are separated by commas, or
 * by semicolons when the header row is; rows may have any number of cells,
 * which the scorer checks against the header.
 */
public final class CsvInput implements Closeable {

    private static final int BUFFER_BYTES = 1 << 16;
    /** The most of the header row read to tell its separator: far more than every column named. */
    private static final int HEADER_BYTES = 1 << 15;

    private final CountingInputStream counted;
    private final ChunkFiller filler = new ChunkFiller();
    private final CsvReader<ChunkFiller> reader;
    private final Iterator<ChunkFiller> rows;
    private final Charset charset;
    private final char separator;

    public CsvInput(InputStream in, Charset requested) {
        this.counted = new CountingInputStream(in);
        BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER_BYTES);
        boolean bom = skipUtf8Bom(buffered);
        this.charset = bom ? StandardCharsets.UTF_8 : requested;
        this.separator = separator(buffered);
        // FastCSV's own BOM detection decodes leniently; a strict decoder is what catches a wrong --encoding.
        Reader text = new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(filler, text);
        this.rows = reader.iterator();
    }

    /**
     * The separator of the file's cells, told from its header row: a semicolon when the header has
     * semicolons and no comma (as a spreadsheet set to a European locale saves CSV), else a comma. The
     * header names profile fields, which hold neither, so the one it holds is the separator. Read from
     * the bytes, where both are the ASCII ones in UTF-8 and Shift_JIS alike (no byte of a multi-byte
     * character is either).
     */
    private static char separator(BufferedInputStream in) {
        try {
            in.mark(HEADER_BYTES);
            boolean semicolon = false;
            for (int i = 0, b = in.read(); i < HEADER_BYTES && b != -1 && b != '\n' && b != '\r'; i++, b = in.read()) {
                if (b == ',') {
                    in.reset();
                    return ',';
                }
                semicolon |= b == ';';
            }
            in.reset();
            return semicolon ? ';' : ',';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reading fails as an UncheckedIOException here as in FastCSV, so that callers tell it from writing. */
    private static boolean skipUtf8Bom(BufferedInputStream in) {
        try {
            in.mark(3);
            if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                return true;
            }
            in.reset();
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next rows, up to {@code maxRows}; none at the end of the input. A method of its own so that the
     * JIT compiler compiles this loop, which runs for every row, as a small method, rather than the whole
     * command through on-stack replacement.
     *
     * @throws UncheckedIOException when the input cannot be read or decoded
     * @throws de.siegmar.fastcsv.reader.CsvParseException when it is not CSV
     */
    public RowChunk nextRows(int maxRows) {
        // Asked only while the chunk has room: the iterator parses the next row as it is asked. Counted
        // by the filler, which leaves blank rows out: a chunk of blank rows alone would end the input.
        while (filler.rows() < maxRows && rows.hasNext()) {
            rows.next();
        }
        return filler.take();
    }

    /** The bytes read so far (ahead of the rows returned by up to a buffer). */
    public long bytesRead() {
        return counted.count();
    }

    /** The rows of only empty or blank cells skipped so far. */
    public long blankRowsSkipped() {
        return filler.blankRows();
    }

    /** The separator of the cells, told from the header row. */
    public char separator() {
        return separator;
    }

    public Charset charset() {
        return charset;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
