package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.scoring.PointTotals;
import org.hspnavigator.formats.profile.CsvCells;

/**
 * The scored rows of a batch as its hot loop appends them: the one class of this package written for
 * speed rather than plainness, one per caller (it keeps the last row's date). A scored row is numbers,
 * booleans, a date and a constant name, which CSV never quotes, so it is appended as it is, without
 * the CSV writer; the constant pieces (a verdict with its separator, the best category with the line
 * end) are made once, and the date of the last row is kept as text, as most rows of a file share
 * theirs. Without this class a scorer thread spent about 0.1 µs more per row (bench/README.md).
 */
final class HotLoopRows {

    private final String[] bestCategoryEnds;
    private final String noBestCategoryEnd;
    /** Whether an id that a spreadsheet reads as a formula goes to the CSV writer, to be neutralised. */
    private final boolean forSpreadsheet;
    private LocalDate lastDate;
    private String lastDateText;

    HotLoopRows(LineDelimiter lineDelimiter, boolean forSpreadsheet) {
        this.forSpreadsheet = forSpreadsheet;
        bestCategoryEnds = Stream.of(Category.values()).map(category -> "," + category.name() + "," + lineDelimiter)
                .toArray(String[]::new);
        noBestCategoryEnd = ",," + lineDelimiter;
    }

    /**
     * Appends a scored row as {@link OutputColumns#writeScored} writes it, the categories in the order of
     * {@link Category} as in the header; returns false, appending nothing, when the id might need
     * quoting, or neutralising for a spreadsheet: that row is for the CSV writer.
     *
     * @param idColumn the row's cell holding the id, or -1 for none (an empty id)
     */
    boolean append(StringBuilder out, CsvCells row, int idColumn, long line, PointTotals totals) {
        if (idColumn >= 0) {
            if (!plain(row, idColumn)
                    || forSpreadsheet && !row.isEmpty(idColumn) && SpreadsheetText.startsFormula(row.charAt(idColumn, 0))) {
                return false;
            }
            row.appendTo(out, idColumn);
        }
        out.append(',').append(line).append(dateText(totals.referenceDate()));
        for (int i = 0; i < totals.count(); i++) {
            out.append(',').append(totals.points(i)).append(totals.eligible(i) ? ",true" : ",false");
        }
        int best = totals.bestEligible();
        out.append(best >= 0 ? bestCategoryEnds[totals.category(best).ordinal()] : noBestCategoryEnd);
        return true;
    }

    /** {@code ,YYYY-MM-DD}, made again only when the date differs from the last row's. */
    private String dateText(LocalDate date) {
        if (!date.equals(lastDate)) {
            lastDate = date;
            lastDateText = "," + date;
        }
        return lastDateText;
    }

    /**
     * A cell CSV writes as it is: none of the separator, the quote, a line break, or the comment sign that
     * is quoted at the start of a record (and anywhere here, to stay on the safe side).
     */
    private static boolean plain(CsvCells row, int cell) {
        int length = row.length(cell);
        for (int i = 0; i < length; i++) {
            char c = row.charAt(cell, i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '#') {
                return false;
            }
        }
        return true;
    }
}
