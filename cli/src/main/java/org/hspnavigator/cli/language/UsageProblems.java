package org.hspnavigator.cli.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.Language;

/**
 * The usage errors picocli reports (an unknown option, an option without its value, a value not among
 * the choices, a missing parameter) in one language: picocli writes them in English only, so each of
 * its messages is recognised and worded again from the {@code problems} bundles, whose English texts
 * are picocli's own words. A message not recognised stays as picocli wrote it.
 */
public final class UsageProblems {

    private static final List<Recognised> RECOGNISED = List.of(
            new Recognised("Unknown option: '(.+)'", "usage.unknownOption"),
            new Recognised("Unknown options: (.+)", "usage.unknownOptions"),
            new Recognised("Unmatched argument at index (\\d+): '(.*)'", "usage.unmatched"),
            new Recognised("Unmatched arguments from index (\\d+): (.+)", "usage.unmatchedMany"),
            new Recognised("Missing required parameter for option '(.+?)' \\((.+)\\)", "usage.missingValue"),
            new Recognised("Expected parameter for option '(.+?)' but found '(.*)'", "usage.valueExpected"),
            new Recognised("Missing required parameter: '(.+)'", "usage.missingParameter"),
            new Recognised("Missing required parameters: (.+)", "usage.missingParameters"),
            new Recognised("Missing required option: '(.+)'", "usage.missingOption"),
            new Recognised("Missing required options: (.+)", "usage.missingOptions"),
            new Recognised("Missing required options and parameters: (.+)", "usage.missingOptionsAndParameters"),
            new Recognised("option '(.+?)' \\((.+)\\) should be specified only once", "usage.onlyOnce"),
            new Recognised("Invalid value for option '(.+?)': expected one of \\[(.+)\\] \\(case-insensitive\\) but was "
                    + "'(.*)'", "usage.invalidChoice"),
            new Recognised("Invalid value for option '(.+?)': '(.*)' is not an int", "usage.notAnInt"),
            new Recognised("Invalid value for option '(.+?)': '(.*)' is not a boolean", "usage.notABoolean"),
            new Recognised("missing command: try 'hsp score FILE'", "usage.missingCommand"));

    private final CommandTexts texts;

    public UsageProblems(Language language) {
        this.texts = CommandTexts.problems(language);
    }

    /** Picocli's message {@code message} in the language; as it is when not recognised. */
    public String message(String message) {
        for (Recognised candidate : RECOGNISED) {
            Matcher matcher = candidate.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matcher.group(i + 1);
                }
                return texts.text(candidate.key(), arguments);
            }
        }
        return message;
    }

    /** A command name not known, with the likeliest one meant (null when none) and the commands there are. */
    public String unknownCommand(String name, String suggestion, List<String> commands) {
        return texts.text("usage.unknownCommand", name, didYouMean(suggestion), String.join(", ", commands));
    }

    /** The hint after a mistyped name: the likeliest one meant; empty when none. */
    public String didYouMean(String suggestion) {
        return suggestion == null ? "" : texts.text("usage.didYouMean", suggestion);
    }

    /** Where to read how the command is used. */
    public String tryHelp(String command) {
        return texts.text("usage.try", command);
    }

    /** A message of picocli, and the key of the text that words it. */
    private record Recognised(Pattern pattern, String key) {
        Recognised(String regex, String key) {
            this(Pattern.compile(regex), key);
        }
    }
}
