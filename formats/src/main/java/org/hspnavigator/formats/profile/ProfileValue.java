package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value of a profile document as the profile reader sees it, whatever syntax it was written in: a
 * JSON value ({@link JsonProfileValue}) or a cell, group or list of a CSV row ({@link CsvRowValue}).
 * The reader asks a value what it can be read as and reports the same problem in the same words for
 * either syntax, which is why the checks themselves live only in {@link ObjectFields}.
 */
public interface ProfileValue {

    boolean isNull();

    boolean isObject();

    boolean isArray();

    /** Whether the value is text; a CSV cell always is. */
    boolean isString();

    /** Whether the value is a number; a CSV cell is when its text is a number written as in JSON. */
    boolean isNumber();

    /** Whether the value is a boolean; a CSV cell is when its text is {@code true} or {@code false}. */
    boolean isBoolean();

    /** The names of the fields of an object. */
    Iterable<String> propertyNames();

    /**
     * Whether every field of this object is among {@code known}: when it is, the reader has no unknown
     * field to report and need not look at the names one by one. A syntax whose objects can only hold
     * known fields (a CSV row, whose header was checked) answers without going through its fields.
     */
    default boolean fieldsAmong(List<String> known) {
        for (String name : propertyNames()) {
            if (!known.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** A field of an object, or null when it is absent. */
    ProfileValue get(String name);

    /** The number of elements of an array. */
    int size();

    /** An element of an array. */
    ProfileValue element(int index);

    String stringValue();

    /** The exact number, for a value that {@link #isNumber()}. */
    BigDecimal decimalValue();

    boolean booleanValue();
}
