package org.hspnavigator.formats.profile;

/**
 * The type of a profile field, which decides how its value is written and checked (docs/rules.md §18).
 * JSON writes numbers and booleans as such; a CSV cell or a form input writes them as text, read as
 * JSON would read the same characters.
 */
public enum FieldType {

    /** A date {@code YYYY-MM-DD} that exists. */
    DATE,
    /** A whole number within the field's bounds ({@code 8000000}; {@code 8e6} and {@code 8000000.0} too). */
    WHOLE_NUMBER,
    /** A number within the field's bounds, fractions allowed, kept exact. */
    DECIMAL,
    /** {@code true} or {@code false}; a CSV cell may write them in any case. */
    BOOLEAN,
    /** One of the field's choices, spelled exactly. */
    CHOICE,
    /** Text that is not blank, up to the field's length. */
    TEXT
}
