package org.hspnavigator.cli.language;

import java.time.LocalDate;
import org.hspnavigator.formats.text.BundleTexts;
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

    private final BundleTexts texts;

    public CommandTexts(Language language) {
        this(language, BUNDLE);
    }

    private CommandTexts(Language language, String bundle) {
        this.texts = new BundleTexts(bundle, language);
    }

    /** The words of the problems with the command line (usage errors) and with files, in {@code language}. */
    public static CommandTexts problems(Language language) {
        return new CommandTexts(language, PROBLEMS);
    }

    public Language language() {
        return texts.language();
    }

    /** The text of a key, its arguments filled in; numbers that are counts are passed as text when they must not be grouped. */
    public String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** A date as the language writes it (ISO 8601 in English). */
    public String date(LocalDate date) {
        return texts.language().date(date);
    }
}
