package org.hspnavigator.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hspnavigator.formats.text.BundleTexts;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.LanguageEnvironment;

/**
 * What the server's jar prints on the console itself ({@code hsp serve}'s usage errors and the address it
 * listens on, the output of {@code hsp admin}, {@code hsp backup} and {@code hsp restore}) in one language:
 * the sentences from the {@code console} bundles of this package, each command's help from its
 * {@code *-usage} text. Made only when something is printed, so that a server that starts well loads
 * nothing of it before it listens. The pages and the API choose their language per request instead.
 */
public final class ConsoleTexts {

    private static final String BUNDLE = "org.hspnavigator.web.admin.console";

    private final Language language;
    private final BundleTexts texts;

    public ConsoleTexts(Language language) {
        this.language = language;
        this.texts = new BundleTexts(BUNDLE, language);
    }

    public Language language() {
        return language;
    }

    /** The text of a key with its arguments filled in; a count passed as text is not grouped (12345 rows). */
    public String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** The line after a usage error that says where to read how {@code command} ({@code hsp serve}) is used. */
    public String tryHelp(String command) {
        return text("try", command);
    }

    /** A language of {@code --lang} or {@code HSP_LANG} that is not one of the five. */
    public String unknownLanguage(LanguageEnvironment.UnknownLanguage unknown) {
        return text("lang.unknown", unknown.source(), unknown.tag(), Language.tags());
    }

    /** The help of {@code command} ({@code serve}, or {@code tools} for admin, backup and restore). */
    public String usage(String command) {
        String suffix = language == Language.EN ? "" : "_" + language.tag().replace('-', '_');
        String resource = command + "-usage" + suffix + ".txt";
        try (InputStream in = ConsoleTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no help " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
