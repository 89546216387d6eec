package org.hspnavigator.formats.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.validation.Problem;

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

    /** The problem in English words, starting with the line where the record started when FastCSV says it. */
    public static String describe(CsvParseException problem) {
        return problem(problem).english();
    }

    /** The problem, starting with the line where the record started when FastCSV says it. */
    public static Problem problem(CsvParseException problem) {
        Matcher line = LINE.matcher(String.valueOf(problem.getMessage()));
        Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
        Matcher limit = BUFFER_LIMIT.matcher(String.valueOf(cause.getMessage()));
        Problem what;
        if (limit.find()) {
            what = Problem.of("csv.cellTooLarge",
                    NumberFormat.getIntegerInstance(Locale.ROOT).format(Long.parseLong(limit.group(1))));
        } else {
            // FastCSV's other limits (fields per record) are rare; its own words are the best there is then.
            what = cause != problem && cause.getMessage() != null ? Problem.of("csv.notReadable.cause", cause.getMessage())
                    : Problem.of("csv.notReadable");
        }
        return line.find() ? Problem.of("csv.line", line.group(1), what) : what;
    }
}
