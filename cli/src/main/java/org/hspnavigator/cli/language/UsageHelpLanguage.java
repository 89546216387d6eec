package org.hspnavigator.cli.language;

import java.util.ResourceBundle;
import org.hspnavigator.formats.text.Language;
import picocli.CommandLine;

/**
 * The usage help of the commands ({@code --help}, {@code hsp help}) in one language: the translations
 * of the English texts of the commands' annotations, from the {@code help} bundles of this package,
 * keyed as picocli looks them up (the command's qualified name, then the section or the option). English
 * is the annotations themselves, so that no bundle is read for it, and a key missing from a bundle would
 * fall back to English: a test keeps every bundle complete.
 */
public final class UsageHelpLanguage {

    /** The base name of the translations; no English file exists, the annotations are the English. */
    public static final String BUNDLE = "org.hspnavigator.cli.language.help";

    private UsageHelpLanguage() {
    }

    /** Gives {@code commandLine} and every command under it the usage help in {@code language}. */
    public static void apply(CommandLine commandLine, Language language) {
        if (language != Language.EN) {
            commandLine.setResourceBundle(bundle(language));
        }
    }

    /** The translations of the usage help into {@code language}, which is not English. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
