package org.hspnavigator.formats.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;

/**
 * What is wrong with an input value, in no language yet: a key of the {@code validation} bundle and
 * the arguments its text is filled with. An argument that is itself a problem (a unit, a description
 * of the value found, a hint) is written in the same language, and so is a violation, with its path;
 * the values to choose from are listed as the language lists words ({@link Choices}); a number is
 * written as the input wrote
 * it, without grouping, so that a value quoted back reads as it was typed; a date as the language
 * writes it.
 *
 * @param key       the key of the text in the {@code validation} bundle
 * @param arguments the values of its placeholders, in order
 */
public record Problem(String key, List<Object> arguments) {

    private static final String BUNDLE = "validation";
    /** The bundle of each language, loaded when a problem is first written in it. */
    private static final Map<Language, MessageTexts> TEXTS = new ConcurrentHashMap<>();

    public Problem {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, Arrays.asList(arguments));
    }

    /** The text in a language. */
    public String text(Language language) {
        Object[] filled = new Object[arguments.size()];
        for (int i = 0; i < filled.length; i++) {
            Object argument = arguments.get(i);
            filled[i] = argument instanceof Problem nested ? nested.text(language)
                    : argument instanceof Violation violation ? violation.message(language)
                    : argument instanceof Choices choices ? choices.text(language)
                    : argument instanceof Number number ? number.toString() : argument;
        }
        return TEXTS.computeIfAbsent(language, spoken -> MessageTexts.of(BUNDLE, spoken)).format(key, filled);
    }

    /** The text in English, the words of the command line without {@code --lang}. */
    public String english() {
        return text(Language.EN);
    }

    @Override
    public String toString() {
        return english();
    }
}
