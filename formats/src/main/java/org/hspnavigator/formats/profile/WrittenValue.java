package org.hspnavigator.formats.profile;

import java.math.BigDecimal;

/**
 * One value as a profile writes it, whatever the syntax: a JSON value ({@link JsonValue}), or the text
 * of a CSV cell ({@link CsvCell}), which is a string that can also be read as a number or a boolean
 * when its characters are one as JSON writes it. {@link ValueParsers} asks a value what it can be read
 * as, so that both syntaxes get the same checks in the same words.
 */
interface WrittenValue {

    /** A JSON {@code null}; a CSV cell never is (an empty cell is no value at all). */
    boolean isNull();

    /** Whether the value is text; a CSV cell always is. */
    boolean isString();

    boolean isArray();

    /** The characters of a value that {@link #isString()}, without making a string of a cell. */
    HotLoopText text();

    /**
     * The exact number the value is, or null when it is none; a CSV cell is one when its text is a
     * number as JSON writes it.
     */
    BigDecimal number();

    /**
     * The value of a whole number written in plain digits, read without the general parse of
     * {@link #number()}; -1 for any other value.
     */
    long plainWholeNumber();

    /** The boolean the value is, or null when it is none; a CSV cell is one when its text is true or false. */
    Boolean bool();

    /**
     * Whether the value comes from a spreadsheet (a CSV cell), whose forms the parsers also read when the
     * strict one fails ({@link SpreadsheetForms}); a JSON value never does.
     */
    default boolean fromSpreadsheet() {
        return false;
    }
}
