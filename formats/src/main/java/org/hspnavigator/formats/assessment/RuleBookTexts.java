package org.hspnavigator.formats.assessment;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;

/**
 * The texts of the rule book that every assessment repeats (each category's names, each criterion's
 * id and terms, each source cited), each encoded once as a quoted JSON string in UTF-8: a text
 * given as a String is encoded character by character in every answer. They are the same texts, written the same.
 */
final class RuleBookTexts {

    /** The texts of a category. */
    record OfCategory(byte[] name, byte[] officialName, byte[] status) {
    }

    /** The texts of a criterion: its id, its official Japanese term and its English name. */
    record OfCriterion(byte[] id, byte[] japaneseTerm, byte[] englishName) {
    }

    /** The texts of a source. */
    record OfSource(byte[] id, byte[] title, byte[] url) {
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
                    encoded(criterion.englishName())));
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
        OfSource texts = SOURCES.get(source);
        return texts != null ? texts : SOURCES.computeIfAbsent(source,
                cited -> new OfSource(encoded(cited.id()), encoded(cited.title()), encoded(cited.url())));
    }

    private static byte[] encoded(String text) {
        return HotLoopJsonBytes.quoted(text);
    }
}
