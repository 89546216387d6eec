package org.hspnavigator.web.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.hspnavigator.web.system.PageLanguage;

/**
 * The rule book as the rules page of one language shows it: the HTML of its translation
 * ({@code docs/rules.ja.md}, named by the page's language tag) or, when the build holds none, of the
 * English docs/rules.md, with the language it is written in so that the page can mark it.
 *
 * @param html the rendered rule book
 * @param language the language the rule book is written in
 */
record RuleBookPage(String html, PageLanguage language) {

    private static final String FOLDER = "/org/hspnavigator/web/guide/";

    /** The rule book for the pages of a language, in English when that language has no translation. */
    static RuleBookPage of(PageLanguage language) {
        return of(language, RuleBookPage::read);
    }

    /** The rule book for the pages of a language, from resources read by {@code read} (null when missing). */
    static RuleBookPage of(PageLanguage language, Function<String, String> read) {
        String translation = language == PageLanguage.ENGLISH ? null : read.apply(resource(language));
        if (translation != null) {
            return new RuleBookPage(RuleBookHtml.render(translation), language);
        }
        String english = read.apply(resource(PageLanguage.ENGLISH));
        if (english == null) {
            throw new IllegalStateException(resource(PageLanguage.ENGLISH) + " is missing from the build");
        }
        return new RuleBookPage(RuleBookHtml.render(english), PageLanguage.ENGLISH);
    }

    /** The resource of a language's rule book: rules.md for English, rules.{tag}.md for the others. */
    static String resource(PageLanguage language) {
        return FOLDER + (language == PageLanguage.ENGLISH ? "rules.md" : "rules." + language.tag() + ".md");
    }

    /** Whether the page of {@code pageLanguage} shows the rule book in another language (English). */
    boolean fallsBackFrom(PageLanguage pageLanguage) {
        return language != pageLanguage;
    }

    private static String read(String resource) {
        try (InputStream in = RuleBookPage.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
