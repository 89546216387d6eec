package org.hspnavigator.formats.profile;

import java.math.BigDecimal;

/**
 * A filled cell of a CSV row as a written value: text, which is also a number when its characters are
 * a number as JSON writes it, and a boolean when they are {@code true} or {@code false} in any case,
 * because spreadsheets write TRUE and FALSE (1/0 and yes/no are refused: a count or a typing mistake
 * could hide behind them). One instance serves every row of a reader, pointed at each row and each cell
 * in turn ({@link #row}, {@link #at}); the characters stay in the row's array and become a string only
 * when a message or a text field needs one.
 */
final class CsvCell implements WrittenValue {

    private static final char[] TRUE = "true".toCharArray();
    private static final char[] FALSE = "false".toCharArray();

    private final HotLoopText text = new HotLoopText();
    private CsvCells cells;

    /** This value, now of {@code row}; pointed at a cell with {@link #at}. */
    CsvCell row(CsvCells row) {
        cells = row;
        return this;
    }

    /** This value, now the cell of {@code column}, which must be filled. */
    CsvCell at(int column) {
        text.point(cells.array(), cells.start(column), cells.length(column));
        return this;
    }

    @Override
    public boolean isNull() {
        return false;
    }

    @Override
    public boolean isString() {
        return true;
    }

    @Override
    public boolean isArray() {
        return false;
    }

    @Override
    public HotLoopText text() {
        return text;
    }

    @Override
    public BigDecimal number() {
        BigDecimal plain = text.plainDecimal();
        return plain != null || !JsonNumberSyntax.matches(text) ? plain : JsonNumberSyntax.decimal(text);
    }

    @Override
    public long plainWholeNumber() {
        return text.plainWholeNumber();
    }

    @Override
    public Boolean bool() {
        return is(TRUE) ? Boolean.TRUE : is(FALSE) ? Boolean.FALSE : null;
    }

    @Override
    public boolean fromSpreadsheet() {
        return true;
    }

    /** Whether the text is {@code word} ignoring case; the usual spelling, lower case, without making a string. */
    private boolean is(char[] word) {
        return text.is(word) || text.length() == word.length && text.toString().equalsIgnoreCase(new String(word));
    }
}
