package org.hspnavigator.cli.input;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code --category} option of the commands that read profiles (score, advise, batch), as a picocli
 * mixin: the one category to assess, refused in the words of the API's {@code category} parameter. Each
 * command words its help in the {@code options} bundle of this package.
 */
@Command(resourceBundle = ProfileOptions.BUNDLE)
public final class CategoryChoice {

    @Option(names = "--category", paramLabel = "ID", descriptionKey = "category",
            converter = OptionConverters.CategoryId.class)
    private Category category;

    /** The category given, if any. */
    public Optional<Category> category() {
        return Optional.ofNullable(category);
    }

    /** The categories to assess: the one given, else all three. */
    public Set<Category> categories() {
        return category == null ? EnumSet.allOf(Category.class) : EnumSet.of(category);
    }
}
