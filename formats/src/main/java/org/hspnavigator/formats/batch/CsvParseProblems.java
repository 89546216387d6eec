package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What FastCSV's parse errors mean for the person whose file it is: the line where the record started
 * and what is wrong there, in plain words. FastCSV says both only inside its English messages, so they
 * are read from there; a message of another form still gives the line when it can. Shared by hsp batch
 * and the server's CSV endpoints, so that neither shows FastCSV's own words ("Exception when reading...").
 */
public final class CsvParseProblems {

    private static final Pattern LINE = Pattern.compile("started in line (\\d+)");
    private static final Pattern BUFFER_LIMIT = Pattern.compile("maximum buffer size of (\\d+)");

    private CsvParseProblems() {
    }

    /** The problem in words, starting with the line where the record started when FastCSV says it. */
    public static String describe(CsvParseException problem) {
        Matcher line = LINE.matcher(String.valueOf(problem.getMessage()));
        String where = line.find() ? "line " + line.group(1) + ": " : "";
        Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
        Matcher limit = BUFFER_LIMIT.matcher(String.valueOf(cause.getMessage()));
        if (limit.find()) {
            String most = NumberFormat.getIntegerInstance(Locale.ROOT).format(Long.parseLong(limit.group(1)));
            return where + "a cell is too large: it holds more than " + most + " characters, the most one cell"
                    + " may hold; a quote (\") that opens a cell and is never closed often causes this";
        }
        // FastCSV's other limits (fields per record) are rare; its own words are the best there is then.
        return where + "not readable as CSV" + (cause != problem && cause.getMessage() != null
                ? ": " + cause.getMessage() : "");
    }
}
