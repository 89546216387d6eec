package org.hspnavigator.cli.language;

import java.util.List;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.RecognisedMessage;

/**
 * The usage errors picocli reports (an unknown option, an option without its value, a value that is not
 * a number, a missing parameter) in one language: picocli writes them in English only, so each of
 * its messages is recognised and worded again from the {@code problems} bundles, whose English texts
 * are picocli's own words. A message not recognised stays as picocli wrote it. The values the API also
 * takes as query parameters are refused in the API's words instead ({@code RefusedOptionValue}).
 */
public final class UsageProblems {

    private static final List<RecognisedMessage> RECOGNISED = List.of(
            new RecognisedMessage("Unknown option: '(.+)'", "usage.unknownOption"),
            new RecognisedMessage("Unknown options: (.+)", "usage.unknownOptions"),
            new RecognisedMessage("Unmatched argument at index (\\d+): '(.*)'", "usage.unmatched"),
            new RecognisedMessage("Unmatched arguments from index (\\d+): (.+)", "usage.unmatchedMany"),
            new RecognisedMessage("Missing required parameter for option '(.+?)' \\((.+)\\)", "usage.missingValue"),
            new RecognisedMessage("Expected parameter for option '(.+?)' but found '(.*)'", "usage.valueExpected"),
            new RecognisedMessage("Missing required parameter: '(.+)'", "usage.missingParameter"),
            new RecognisedMessage("Missing required parameters: (.+)", "usage.missingParameters"),
            new RecognisedMessage("Missing required option: '(.+)'", "usage.missingOption"),
            new RecognisedMessage("Missing required options: (.+)", "usage.missingOptions"),
            new RecognisedMessage("Missing required options and parameters: (.+)", "usage.missingOptionsAndParameters"),
            new RecognisedMessage("option '(.+?)' \\((.+)\\) should be specified only once", "usage.onlyOnce"),
            new RecognisedMessage("Invalid value for option '(.+?)': '(.*)' is not an int", "usage.notAnInt"),
            new RecognisedMessage("Invalid value for option '(.+?)': '(.*)' is not a boolean", "usage.notABoolean"),
            new RecognisedMessage("missing command: try 'hsp score FILE'", "usage.missingCommand"),
            new RecognisedMessage("(--lang|HSP_LANG): unknown language '(.*)'; expected one of (.+)",
                    "usage.unknownLanguage"),
            new RecognisedMessage("missing what to write: hsp new profile FILE, or hsp new case FILE",
                    "usage.missingDocumentKind"));

    private final CommandTexts texts;

    public UsageProblems(Language language) {
        this.texts = CommandTexts.problems(language);
    }

    /** Picocli's message {@code message} in the language; as it is when not recognised. */
    public String message(String message) {
        return RecognisedMessage.first(RECOGNISED, message).map(match -> texts.text(match.key(), match.arguments()))
                .orElse(message);
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
}
