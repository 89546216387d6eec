package org.hspnavigator.formats.profile;

import java.util.Arrays;
import java.util.Locale;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.formats.validation.Choices;
import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;

/**
 * The category given beside a document (the command line's {@code --category}, the API's
 * {@code category} query parameter): its id in any case, refused in the same words by both.
 */
public final class CategoryParameter {

    private CategoryParameter() {
    }

    /** The category whose id is {@code text}, in any case and without the spaces around it. */
    public static ParameterValue<Category> parse(String text) {
        String id = text.strip().toUpperCase(Locale.ROOT);
        for (Category category : Category.values()) {
            if (category.name().equals(id)) {
                return ParameterValue.accepted(category);
            }
        }
        return ParameterValue.refused(Problem.of("query.unknownCategory", text,
                Choices.of(Arrays.stream(Category.values()).map(Enum::name).toList())));
    }
}
