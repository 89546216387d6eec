package org.hspnavigator.formats.batch;

/**
 * Text from the input made safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel,
 * LibreOffice and Google Sheets, which they run ({@code =HYPERLINK(...)} sends a click to any site);
 * a single quote before it makes it text, which the spreadsheet shows as written.
 *
 * <p>Only text that comes from the input (the id, and the error, which quotes cells) is neutralised.
 * The columns the batch writes itself are line numbers, points, booleans, dates and category names:
 * none starts with a sign (points are never negative), and were one a negative number, a spreadsheet
 * reads {@code -5} as the number it is, not as a formula, while a quote would make it text that no
 * longer adds up.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a cell starting with {@code first} is read as a formula. */
    static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The cell, after a single quote when it would be read as a formula. */
    static String neutralised(String cell) {
        return cell.isEmpty() || !startsFormula(cell.charAt(0)) ? cell : "'" + cell;
    }
}
