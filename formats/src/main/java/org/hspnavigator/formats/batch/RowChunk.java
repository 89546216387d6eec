package org.hspnavigator.formats.batch;

import org.hspnavigator.formats.profile.CsvCells;

/**
 * A chunk of input rows as read by {@link ChunkFiller}: the text of all their cells in one character
 * array, and per row where its cells are and the line it starts on. Handed to one scorer thread and
 * never changed after.
 */
public final class RowChunk {

    private final char[] chars;
    private final int[] bounds;
    private final int[] firstBounds;
    private final int[] sizes;
    private final long[] lines;
    private final int rows;

    RowChunk(char[] chars, int[] bounds, int[] firstBounds, int[] sizes, long[] lines, int rows) {
        this.chars = chars;
        this.bounds = bounds;
        this.firstBounds = firstBounds;
        this.sizes = sizes;
        this.lines = lines;
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    /** The line of the file the row starts on, counted from 1 as FastCSV counts it. */
    public long line(int row) {
        return lines[row];
    }

    public CsvCells cells(int row) {
        return new CsvCells(chars, bounds, firstBounds[row], sizes[row]);
    }
}
