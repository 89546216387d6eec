package org.hspnavigator.formats.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.formats.text.RecognisedMessage;
import org.hspnavigator.formats.validation.Problem;

/**
 * Rewords the JSON parser's messages for people who write JSON, not for Jackson users: hints about
 * parser features and internal source descriptions are dropped, the rest is kept. The messages people
 * meet most (a stray character, a word that is no JSON value, NaN, an input cut short, bytes that are
 * not UTF-8) become problems of the {@code validation} bundle, so that every language writes them; their
 * English texts are the parser's own words, so English reads as before. A message not recognised is
 * kept in the parser's English.
 */
final class ParserMessages {

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*", Pattern.DOTALL);
    private static final Pattern FEATURE_HINT = Pattern.compile(":?\\s*enable `[^`]*` to allow");
    private static final Pattern COMMENT_HINT = Pattern.compile("maybe a \\(non-standard\\) comment\\?.*", Pattern.DOTALL);

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+)' \\(code ([^)]+)\\)\\): (.+)");

    /** The messages recognised, each with the key of its problem; the groups of the pattern are its arguments. */
    private static final List<RecognisedMessage> RECOGNISED = List.of(
            new RecognisedMessage("Non-standard token '(.+)' \\(not allowed in JSON\\)", "json.detail.nonStandardToken"),
            new RecognisedMessage("Unexpected end-of-input: expected close marker for Object", "json.detail.unclosed.object"),
            new RecognisedMessage("Unexpected end-of-input: expected close marker for Array", "json.detail.unclosed.array"),
            new RecognisedMessage("Unexpected end-of-input in VALUE_STRING", "json.detail.unclosed.string"),
            new RecognisedMessage("Unexpected end-of-input within/between Object entries", "json.detail.endOfInput.object"),
            new RecognisedMessage("Unexpected end-of-input within/between Array entries", "json.detail.endOfInput.array"),
            new RecognisedMessage("Invalid UTF-8 start byte 0x(\\p{XDigit}+)", "json.detail.invalidUtf8.start"),
            new RecognisedMessage("Invalid UTF-8 middle byte 0x(\\p{XDigit}+)", "json.detail.invalidUtf8.middle"),
            new RecognisedMessage("Unrecognized token '(.+)': was expecting \\(JSON String, Number, Array, Object or token "
                    + "'null', 'true' or 'false'\\)", "json.detail.unrecognizedToken"),
            new RecognisedMessage("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped using "
                    + "backslash to be included in string value", "json.detail.controlCharacter"),
            new RecognisedMessage("Invalid numeric value: Leading zeroes not allowed", "json.detail.leadingZeroes"),
            new RecognisedMessage("Unrecognized character escape '(.+)' \\(code (\\d+)\\)", "json.detail.escape"));

    /** What a stray character should have been, after "Unexpected character (...): ". */
    private static final List<RecognisedMessage> EXPECTATIONS = List.of(
            new RecognisedMessage("was expecting double-quote to start property name", "json.expecting.propertyName"),
            new RecognisedMessage("was expecting comma to separate Object entries", "json.expecting.objectComma"),
            new RecognisedMessage("was expecting comma to separate Array entries", "json.expecting.arrayComma"),
            new RecognisedMessage("was expecting a colon to separate property name and value", "json.expecting.colon"),
            new RecognisedMessage("expected a valid value \\(JSON String, Number, Array, Object or token 'null', 'true' or "
                    + "'false'\\)", "json.expecting.value"),
            new RecognisedMessage("comments are not allowed in JSON", "json.expecting.noComments"));

    private ParserMessages() {
    }

    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String text = message.lines().findFirst().orElse(message);
        text = START_MARKER.matcher(text).replaceAll("");
        text = COMMENT_HINT.matcher(text).replaceAll("comments are not allowed in JSON");
        if (FEATURE_HINT.matcher(text).find()) {
            text = FEATURE_HINT.matcher(text).replaceAll("") + " (not allowed in JSON)";
        }
        return text.strip();
    }

    /**
     * The parser's message as a problem every language writes, whose English is {@link #plain}; the plain
     * English text itself when the message is not one of those recognised.
     */
    static Object detail(String message) {
        String plain = plain(message);
        Matcher stray = UNEXPECTED_CHARACTER.matcher(plain);
        if (stray.matches()) {
            return Problem.of("json.detail.unexpectedCharacter", stray.group(1), stray.group(2),
                    recognised(stray.group(3), EXPECTATIONS));
        }
        return recognised(plain, RECOGNISED);
    }

    private static Object recognised(String text, List<RecognisedMessage> known) {
        return RecognisedMessage.first(known, text).<Object>map(match -> Problem.of(match.key(), match.arguments()))
                .orElse(text);
    }
}
