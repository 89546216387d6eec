package org.hspnavigator.cli.language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hspnavigator.formats.text.Language;

/**
 * The words of the readable outputs of the commands (headings, column names, summary lines) in one
 * language, from the {@code texts} bundles of this package; the explanations themselves come from the
 * formats module; or, from the {@code problems} bundles, the problems a command reports about its command
 * line and its files. A key without text is a defect of the bundle, reported loudly.
 */
public final class CommandTexts {

    private static final String BUNDLE = "org.hspnavigator.cli.language.texts";
    private static final String PROBLEMS = "org.hspnavigator.cli.language.problems";

    private final Language language;
    private final ResourceBundle bundle;

    public CommandTexts(Language language) {
        this(language, BUNDLE);
    }

    private CommandTexts(Language language, String bundle) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(bundle, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of the problems with the command line (usage errors) and with files, in {@code language}. */
    public static CommandTexts problems(Language language) {
        return new CommandTexts(language, PROBLEMS);
    }

    public Language language() {
        return language;
    }

    /** The text of a key, its arguments filled in; numbers that are counts are passed as text when they must not be grouped. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + language.tag(), e);
        }
        return new MessageFormat(pattern, language.formatLocale()).format(arguments);
    }

    /** A date as the language writes it (ISO 8601 in English). */
    public String date(LocalDate date) {
        return language.date(date);
    }
}
