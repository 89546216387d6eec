package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * Receives the rows FastCSV parses and copies their cells into the chunk being filled, one character
 * array for all of them, instead of making a string of every cell as FastCSV's own records do: that
 * cost the reading thread more than the parsing. FastCSV still does all the parsing: quotes, line
 * breaks inside quotes, line numbers, empty lines. {@link #take} hands over the rows so far and starts
 * a new chunk.
 *
 * <p>FastCSV builds every record it parses, empty lines included, and then drops the ones it skips; so
 * a row counts only once built as data, and a row begun is discarded by the next one begun.
 *
 * <p>A row whose cells are all empty or blank ({@code ,,,,,,} that a spreadsheet writes below its
 * data) is discarded as an empty line is, and counted ({@link #blankRows}): it is no applicant, so it is
 * neither scored nor an invalid row.
 */
final class ChunkFiller extends AbstractBaseCsvCallbackHandler<ChunkFiller> {

    private char[] chars;
    private int charCount;
    private int[] bounds;
    private int boundCount;
    private int[] firstBounds;
    private int[] sizes;
    private long[] lines;
    private int rows;
    /** Where the row being parsed started: what a discarded row is rolled back to. */
    private int rowChars;
    private int rowFirstBound;
    private long blankRows;

    ChunkFiller() {
        start(1 << 12, 1 << 8, 1 << 4);
    }

    private void start(int charCapacity, int boundCapacity, int rowCapacity) {
        chars = new char[charCapacity];
        bounds = new int[boundCapacity];
        firstBounds = new int[rowCapacity];
        sizes = new int[rowCapacity];
        lines = new long[rowCapacity];
        charCount = 0;
        boundCount = 0;
        rows = 0;
        rowChars = 0;
        rowFirstBound = 0;
    }

    /**
     * The rows built since the last take. The next chunk starts with room for as many rows and an
     * eighth more text: with exactly as much, every other chunk of a file whose rows vary in length
     * outgrew its array and copied it into one twice as large.
     */
    RowChunk take() {
        RowChunk chunk = new RowChunk(chars, bounds, firstBounds, sizes, lines, rows);
        start(Math.max(charCount + (charCount >> 3), 1 << 12), Math.max(boundCount, 1 << 8), Math.max(rows, 1 << 4));
        return chunk;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        charCount = rowChars;
        boundCount = rowFirstBound;
        addBound(charCount);
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        // Most cells of a batch are empty (fields not stated): they cost only their bound.
        if (len > 0) {
            if (charCount + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charCount + len));
            }
            System.arraycopy(buf, offset, chars, charCount, len);
            charCount += len;
        }
        addBound(charCount);
    }

    @Override
    protected ChunkFiller buildRecord() {
        if (getRecordType() == RecordType.DATA) {
            if (isBlank(rowChars, charCount)) {
                blankRows++;
                return this;
            }
            if (rows == sizes.length) {
                firstBounds = Arrays.copyOf(firstBounds, 2 * rows);
                sizes = Arrays.copyOf(sizes, 2 * rows);
                lines = Arrays.copyOf(lines, 2 * rows);
            }
            firstBounds[rows] = rowFirstBound;
            sizes[rows] = getFieldCount();
            lines[rows] = getStartingLineNumber();
            rows++;
            rowChars = charCount;
            rowFirstBound = boundCount;
        }
        return this;
    }

    /** The rows built since the last take. */
    int rows() {
        return rows;
    }

    /** The rows of only empty or blank cells discarded so far. */
    long blankRows() {
        return blankRows;
    }

    /** Whether the characters of a row are all spaces: most rows end this at their first character. */
    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(chars[i]) && !Character.isSpaceChar(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private void addBound(int bound) {
        if (boundCount == bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        bounds[boundCount++] = bound;
    }
}
