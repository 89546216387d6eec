package org.hspnavigator.formats.validation;

import java.util.List;
import org.hspnavigator.formats.text.Language;

/**
 * The values a parameter accepts, quoted back in the problem that refuses another: listed as the
 * language lists words ("sheet, summary" in English and Korean, "sheet、summary" in Japanese and
 * Chinese), so that a list joined in code reads like the rest of the sentence around it.
 *
 * @param values the values, in the order they are offered
 */
public record Choices(List<String> values) {

    public Choices {
        values = List.copyOf(values);
    }

    public static Choices of(List<String> values) {
        return new Choices(values);
    }

    /** The values listed in {@code language}. */
    public String text(Language language) {
        return String.join(language.listSeparator(), values);
    }

    @Override
    public String toString() {
        return text(Language.EN);
    }
}
