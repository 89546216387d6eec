package org.hspnavigator.formats.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English message of a library (Jackson's parser, picocli) recognised by its pattern, with the key of
 * the text that words it in every language: the library writes in English only, so its message is
 * matched and worded again, the pattern's groups becoming the text's arguments.
 *
 * @param pattern what the whole message must match
 * @param key     the key of the text that words it
 */
public record RecognisedMessage(Pattern pattern, String key) {

    public RecognisedMessage(String regex, String key) {
        this(Pattern.compile(regex), key);
    }

    /** The key and the arguments of a recognised message. */
    public record Match(String key, Object[] arguments) {
    }

    /** The first of {@code known} that matches the whole of {@code message}, with its groups as arguments. */
    public static Optional<Match> first(List<RecognisedMessage> known, String message) {
        for (RecognisedMessage candidate : known) {
            Matcher matcher = candidate.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matcher.group(i + 1);
                }
                return Optional.of(new Match(candidate.key(), arguments));
            }
        }
        return Optional.empty();
    }
}
