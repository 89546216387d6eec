package org.hspnavigator.web.selfassessment;

import java.util.Arrays;
import java.util.List;
import org.hspnavigator.web.system.PageLanguage;

/**
 * A link of the language switcher: the same page in another language, with the same answers.
 *
 * @param language the language
 * @param href     the page's address in it
 */
public record LanguageLink(PageLanguage language, String href) {

    /** The page at {@code path} (after the language) in every language, carrying {@code query}. */
    public static List<LanguageLink> all(String path, String query) {
        return Arrays.stream(PageLanguage.values()).map(language -> new LanguageLink(language,
                "/" + language.tag() + path + (query.isEmpty() ? "" : "?" + query))).toList();
    }
}
