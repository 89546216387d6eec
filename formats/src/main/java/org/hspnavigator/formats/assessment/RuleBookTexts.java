package org.hspnavigator.formats.assessment;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The texts of the rule book that every assessment repeats (each category's names, each criterion's
 * id, terms and section, each source cited), each encoded once as a JSON string: a text given as a
 * String is encoded character by character in every answer. They are the same texts, written the same.
 */
final class RuleBookTexts {

    /** The texts of a category. */
    record OfCategory(SerializableString name, SerializableString officialName, SerializableString status) {
    }

    /** The texts of a criterion: its id, its official Japanese term, its English name and its section. */
    record OfCriterion(SerializableString id, SerializableString japaneseTerm, SerializableString englishName,
            SerializableString specSection) {
    }

    /** The texts of a source. */
    record OfSource(SerializableString id, SerializableString title, SerializableString url) {
    }

    private static final Map<Category, OfCategory> CATEGORIES = new EnumMap<>(Category.class);
    private static final Map<CriterionId, OfCriterion> CRITERIA = new EnumMap<>(CriterionId.class);
    /** The sources of the rule book's tables, a few dozen, each encoded when first cited. */
    private static final Map<Source, OfSource> SOURCES = new ConcurrentHashMap<>();

    static {
        for (Category category : Category.values()) {
            CATEGORIES.put(category, new OfCategory(encoded(category.name()), encoded(category.officialName()),
                    encoded(category.status())));
        }
        for (CriterionId criterion : CriterionId.values()) {
            CRITERIA.put(criterion, new OfCriterion(encoded(criterion.id()), encoded(criterion.japaneseTerm()),
                    encoded(criterion.englishName()), encoded(criterion.specSection())));
        }
    }

    private RuleBookTexts() {
    }

    static OfCategory of(Category category) {
        return CATEGORIES.get(category);
    }

    static OfCriterion of(CriterionId criterion) {
        return CRITERIA.get(criterion);
    }

    static OfSource of(Source source) {
        return SOURCES.computeIfAbsent(source,
                cited -> new OfSource(encoded(cited.id()), encoded(cited.title()), encoded(cited.url())));
    }

    private static SerializableString encoded(String text) {
        return new SerializedString(text);
    }
}
