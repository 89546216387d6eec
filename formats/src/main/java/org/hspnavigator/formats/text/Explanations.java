package org.hspnavigator.formats.text;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;

/**
 * Renders the engine's {@link Message}s as text in one {@link Language}. A key without text is a
 * defect of the bundle, reported loudly rather than shown as a blank. In the other languages than
 * English, dates are written as the language writes them and the engine's option labels (the salary
 * brackets) are worded by {@link OptionWording}.
 */
public final class Explanations {

    private static final String BUNDLE = "org.hspnavigator.formats.text.messages";
    private static final String VALUE_PREFIX = "value.";
    private static final String LIST_SEPARATOR = ", ";

    private static final Map<Language, Explanations> LANGUAGES = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    /** The words of the values ({@code value.DOCTORATE}), by value name, looked up for most arguments. */
    private final Map<String, String> values;
    private final String listSeparator;
    private final Language language;
    private final OptionWording options;
    /**
     * Each pattern parsed once and shared by every thread: a server writes the same texts for every
     * request, and parsing a pattern (with its number formats) cost more than the scoring.
     */
    private final MessagePatterns parsed;

    private Explanations(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> words = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(VALUE_PREFIX)) {
                words.put(key.substring(VALUE_PREFIX.length()), bundle.getString(key));
            }
        }
        this.values = Map.copyOf(words);
        this.listSeparator = pattern("list.separator");
        this.options = new OptionWording((key, arguments) -> format(key, arguments));
        this.parsed = new MessagePatterns(language.formatLocale(), this::pattern);
    }

    public static Explanations english() {
        return new Explanations(Language.EN);
    }

    /** The texts of a language, made once per language and shared: they hold no state but their parsed patterns. */
    public static Explanations of(Language language) {
        return LANGUAGES.computeIfAbsent(language, Explanations::new);
    }

    public Language language() {
        return language;
    }

    /**
     * The name of a point item: its official Japanese term and, beside it, the translation (学歴 ·
     * Academic background); the official term alone in Japanese, and where the translation is the same
     * word (資格 in Traditional Chinese), so that no name reads twice.
     */
    public String criterionName(CriterionId criterion) {
        return language == Language.JA ? criterion.japaneseTerm()
                : withTranslation(criterion.japaneseTerm(), format("criterion." + criterion.id()));
    }

    /** An official Japanese term and, after a middle dot, its translation, unless that is the term itself. */
    public static String withTranslation(String term, String translation) {
        return term.equals(translation) ? term : term + " · " + translation;
    }

    /** The translation of a category's official name (Advanced academic research activities). */
    public String categoryName(Category category) {
        return format("category." + category.name());
    }

    /**
     * The heading of a category's results: its id, then its official Japanese name with the translation
     * ({@code SPECIALIZED_TECHNICAL — 高度専門・技術活動 (Advanced specialized/technical activities)}); in
     * Japanese with the status it leads to (高度専門職1号ロ). In Chinese, whose translation of the activity
     * differs from the Japanese name by a character or two (高度専門・技術活動（高度專門・技術活動）), the
     * status and the translation instead, as {@link #categoryInText} names it, so that no name reads twice.
     */
    public String categoryHeading(Category category) {
        String name = language == Language.ZH || language == Language.ZH_HANT ? categoryInText(category)
                : category.officialName() + language.inParentheses(categoryName(category));
        return category.name() + " — " + name;
    }

    /**
     * A category named in a sentence or a table: in English its id (SPECIALIZED_TECHNICAL), as the
     * commands have always written it; in Japanese the official status it leads to (高度専門職1号ロ); in the
     * other languages that status and beside it the translation of the activity (高度専門職1号ロ ·
     * 高度專門・技術活動), as a point item is named (docs/glossary.md).
     */
    public String categoryInText(Category category) {
        return switch (language) {
            case EN -> category.name();
            case JA -> category.status();
            default -> category.status() + " · " + categoryName(category);
        };
    }

    /** A route to permanent residence by its name (80点の特例); in English by its id (POINTS_80), as before. */
    public String routeName(Route route) {
        return format("route." + route.name());
    }

    /** The text of a key of the scoring bundle with arguments, e.g. {@code verdict.short}. */
    public String format(String key, Object... arguments) {
        return parsed.format(key, arguments);
    }

    /** The text of a message; arguments naming a value (DOCTORATE) are worded first, nested messages rendered. */
    public String text(Message message) {
        StringBuilder text = new StringBuilder(64);
        appendText(message, text);
        return text.toString();
    }

    /**
     * Appends the text of a message to {@code text}, as {@link #text(Message)} makes it: a writer that
     * encodes the text itself needs no {@code String} of it (an answer writes some thirty).
     */
    public void appendText(Message message, StringBuilder text) {
        Object[] arguments = message.arguments().toArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String name) {
                arguments[i] = value(name);
            } else if (arguments[i] instanceof Message part) {
                arguments[i] = text(part);
            } else if (arguments[i] instanceof LocalDate date && language != Language.EN) {
                arguments[i] = language.date(date);
            } else if (arguments[i] instanceof Category category) {
                arguments[i] = categoryInText(category);
            } else if (arguments[i] instanceof Route route) {
                arguments[i] = routeName(route);
            }
        }
        parsed.append(message.key(), arguments, text);
    }

    /**
     * A value argument worded: a value name (DOCTORATE), a list of them ("patents, papers"), or in
     * the other languages an option label of the engine (¥8,000,000 to under ¥9,000,000); anything
     * else (a field of study the applicant wrote) as it is.
     */
    private String value(String name) {
        String word = values.get(name);
        if (word != null) {
            return word;
        }
        if (name.contains(LIST_SEPARATOR)) {
            String[] parts = name.split(LIST_SEPARATOR);
            StringBuilder worded = new StringBuilder();
            for (String part : parts) {
                String partWord = values.get(part);
                if (partWord == null) {
                    return name;
                }
                worded.append(worded.length() == 0 ? "" : listSeparator).append(partWord);
            }
            return worded.toString();
        }
        return language == Language.EN ? name : options.word(name);
    }

    /** The verdict of the pass rule: eligible, short by N points, below the salary floor, or both. */
    public String verdict(Assessment assessment) {
        boolean isShort = assessment.pointsShort() > 0;
        long floor = assessment.salaryFloorYen().orElse(0);
        if (assessment.eligible()) {
            return format("verdict.eligible");
        }
        if (isShort && !assessment.meetsSalaryFloor()) {
            return format("verdict.shortAndBelowFloor", assessment.pointsShort(), floor);
        }
        return isShort ? format("verdict.short", assessment.pointsShort()) : format("verdict.belowFloor", floor);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for message key " + key, e);
        }
    }
}
