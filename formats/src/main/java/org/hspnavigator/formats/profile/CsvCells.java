package org.hspnavigator.formats.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The cells of one CSV row, as ranges of a character array that may hold many rows. A batch reads a
 * chunk of rows into one array and reads each cell from there: numbers, dates and choices are read
 * from the characters, and only cells that become text in a profile are made into strings. Making a
 * string of every cell of every row cost the thread that reads the file more than the reading itself.
 *
 * <p>Cell {@code i} is {@code chars[bounds[first + i], bounds[first + i + 1])}: the bounds of a row are
 * the start of its first cell and the end of each cell. A view, not a copy: the arrays must not change
 * while it is in use.
 */
public final class CsvCells {

    private final char[] chars;
    private final int[] bounds;
    private final int first;
    private final int size;

    /** The {@code size} cells whose bounds start at {@code bounds[first]}. */
    public CsvCells(char[] chars, int[] bounds, int first, int size) {
        if (size < 0 || first < 0 || first + size >= bounds.length) {
            throw new IllegalArgumentException("cells " + first + "+" + size + " of " + bounds.length + " bounds");
        }
        this.chars = chars;
        this.bounds = bounds;
        this.first = first;
        this.size = size;
    }

    /** The cells of texts (tests, and callers that have strings already). */
    public static CsvCells of(List<String> texts) {
        int[] bounds = new int[texts.size() + 1];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            joined.append(texts.get(i));
            bounds[i + 1] = joined.length();
        }
        char[] chars = new char[joined.length()];
        joined.getChars(0, chars.length, chars, 0);
        return new CsvCells(chars, bounds, 0, texts.size());
    }

    public int size() {
        return size;
    }

    /** The text of a cell, made anew. */
    public String text(int cell) {
        return new String(chars, start(cell), length(cell));
    }

    /** Every cell's text. */
    public List<String> texts() {
        String[] texts = new String[size];
        for (int i = 0; i < size; i++) {
            texts[i] = text(i);
        }
        return Arrays.asList(texts);
    }

    /** Appends a cell's text without making a string of it. */
    public void appendTo(StringBuilder out, int cell) {
        out.append(chars, start(cell), length(cell));
    }

    /** Whether any of {@code cells} is filled. */
    boolean anyFilled(int[] cells) {
        int[] rowBounds = bounds;
        int base = first;
        for (int cell : cells) {
            if (rowBounds[base + cell] != rowBounds[base + cell + 1]) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty(int cell) {
        return bounds[first + cell] == bounds[first + cell + 1];
    }

    public int length(int cell) {
        return bounds[first + cell + 1] - bounds[first + cell];
    }

    /** The {@code index}th character of a cell, {@code index} below its length. */
    public char charAt(int cell, int index) {
        return chars[bounds[first + cell] + index];
    }

    /** Where a cell starts in {@link #array()}. */
    int start(int cell) {
        return bounds[first + cell];
    }

    /** The array the cells are ranges of. */
    char[] array() {
        return chars;
    }

    @Override
    public String toString() {
        return texts().toString();
    }
}
