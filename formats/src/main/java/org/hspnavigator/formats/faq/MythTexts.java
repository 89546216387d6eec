package org.hspnavigator.formats.faq;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.formats.text.Language;

/**
 * The words of the myths in one language, from the {@code faq} bundle: {@code faq.ID.claim},
 * {@code faq.ID.verdict} and {@code faq.ID.rule}, for some myths {@code faq.ID.command}, and the names of
 * the official sources ({@code faq.source.*}). A missing text is a defect of the bundle, reported
 * loudly rather than shown as a blank.
 */
public final class MythTexts {

    private static final String BUNDLE = "org.hspnavigator.formats.text.faq";

    private static final String RULE_BOOK = "docs/rules.md §";
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");

    private final ResourceBundle bundle;

    private MythTexts(Language language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static MythTexts english() {
        return new MythTexts(Language.EN);
    }

    /** The myths' words in a language. */
    public static MythTexts of(Language language) {
        return new MythTexts(language);
    }

    /** What people believe. */
    public String claim(Myth myth) {
        return text("faq." + myth.id() + ".claim");
    }

    /** The verdict in words ("true, with conditions"). */
    public String verdict(Myth myth) {
        return text("faq." + myth.id() + ".verdict");
    }

    /** The official rule. */
    public String rule(Myth myth) {
        return text("faq." + myth.id() + ".rule");
    }

    /**
     * The command that applies the rule to a case ("Run 'hsp family' on a case"), for the myths that have
     * one: only the command line says it, since a reader of the FAQ page or of the API cannot run it.
     */
    public Optional<String> command(Myth myth) {
        String key = "faq." + myth.id() + ".command";
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** A heading of the readable output ({@code claim}, {@code verdict}, {@code rule}, {@code sections}). */
    public String heading(String name) {
        return text("faq.heading." + name);
    }

    /**
     * A source of a myth's rule in the language: an official document's name as the language writes it
     * ({@code faq.source.} and the English name's letters and digits), its address after it kept; a
     * section of the rule book ({@code docs/rules.md §11}) as it is, since it names a file's section.
     */
    public String source(String section) {
        if (section.startsWith(RULE_BOOK)) {
            return section;
        }
        int address = section.indexOf(" https://");
        String name = address < 0 ? section : section.substring(0, address);
        String written = text(sourceKey(name));
        return address < 0 ? written : written + section.substring(address);
    }

    /**
     * The official sources of a myth's rule in the language (the law, an ordinance or notice, an ISA page or
     * PDF), each with its address when it has one: what a reader can open and check. The sections of the rule
     * book are left out: they name a file of the project, which a reader of the command line cannot follow.
     */
    public List<String> officialSources(Myth myth) {
        return myth.sections().stream().filter(section -> !section.startsWith(RULE_BOOK)).map(this::source).toList();
    }

    /** The key of an official document's name: {@code faq.source.isa-points-evaluation}. */
    static String sourceKey(String name) {
        return "faq.source." + NOT_LETTERS_OR_DIGITS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("^-|-$", "");
    }

    /** Every key of the bundle, for the test that keeps the texts and the catalog in step. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
    }
}
