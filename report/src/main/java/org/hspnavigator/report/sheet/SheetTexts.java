package org.hspnavigator.report.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.formats.text.BundleTexts;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.report.ReportLanguage;

/**
 * The wording of the point calculation report in one language, from the {@code report} bundles of
 * this package. English reuses the scoring and checklist texts of the formats module, so that the
 * report says what {@code hsp score} and {@code hsp checklist} say; the explanation of each item
 * ("why") comes from the formats module's bundle in the report's language where that language has one.
 * The other languages word the options of the sheet as the ISA sheet does (800万円以上900万円未満,
 * 30〜34歳) from the engine's option labels; an option they cannot word is a defect, reported loudly
 * rather than printed in English. Item and category names keep the official Japanese term first.
 */
public final class SheetTexts {

    private static final String BUNDLE = "org.hspnavigator.report.sheet.report";
    private static final Pattern YEARS_RANGE = Pattern.compile("(\\d+) to under (\\d+) years");
    private static final Pattern YEARS_UNDER = Pattern.compile("under (\\d+) years");
    private static final Pattern YEARS_AT_LEAST = Pattern.compile("(\\d+) or more years");
    private static final Pattern YEN_RANGE = Pattern.compile("¥([\\d,]+) to under ¥([\\d,]+)");
    private static final Pattern YEN_UNDER = Pattern.compile("under ¥([\\d,]+)");
    private static final Pattern YEN_AT_LEAST = Pattern.compile("¥([\\d,]+) or more");
    private static final Pattern AGE_UNDER = Pattern.compile("under (\\d+)");
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d+)–(\\d+)");
    private static final Pattern AGE_AT_LEAST = Pattern.compile("(\\d+) or more");
    private static final Pattern COUNT_NONE = Pattern.compile("0 (?:tests|qualifications)");
    private static final Pattern COUNT_ONE = Pattern.compile("(\\d+) (?:test|qualification)");
    private static final Pattern COUNT_AT_LEAST = Pattern.compile("(\\d+) or more (?:tests|qualifications)");
    private static final long YEN_PER_MAN = 10_000L;
    private static final String SEPARATOR = " · ";

    private final ReportLanguage language;
    private final BundleTexts texts;
    private final Explanations explanations;
    private final MessageTexts checklist = MessageTexts.english("checklist");

    public SheetTexts(ReportLanguage language) {
        this.language = language;
        this.texts = new BundleTexts(BUNDLE, language.textLanguage());
        this.explanations = Explanations.of(language.textLanguage());
    }

    public ReportLanguage language() {
        return language;
    }

    /** The text of a key of the report bundle, its arguments filled in, dates as the language writes them. */
    public String text(String key, Object... arguments) {
        return texts.text(key, arguments);
    }

    /** A date as the report's language writes it. */
    public String date(LocalDate day) {
        return language.textLanguage().date(day);
    }

    /** A label and its text, {@code Why: ...}; Chinese with a full-width colon. */
    public String labelled(String label, String text) {
        return text("label", label, text);
    }

    /** A text and, in parentheses after it, what it belongs to; full-width parentheses in Japanese and Chinese. */
    public String inParentheses(String text, String belongsTo) {
        return text("inParentheses", text, belongsTo);
    }

    /** Texts one after the other, as the language separates the items of a list. */
    public String list(List<String> items) {
        return String.join(text("listSeparator"), items);
    }

    /** The title of an official source: the catalogue's own in English, the bundle's in another language. */
    public String sourceTitle(Source source) {
        return language == ReportLanguage.EN ? source.title() : text("source." + source.id());
    }

    /** The item's name: the official Japanese term, and in another language its translation beside it. */
    public String itemName(CriterionId criterion) {
        return switch (language) {
            case JA -> criterion.japaneseTerm();
            case EN -> criterion.japaneseTerm() + SEPARATOR + criterion.englishName();
            default -> criterion.japaneseTerm() + SEPARATOR + text("item." + criterion.name());
        };
    }

    /** The category's name: the official Japanese name, and in another language its translation beside it. */
    public String categoryName(Category category) {
        return switch (language) {
            case JA -> category.officialName();
            case EN -> category.officialName() + SEPARATOR + category.englishName();
            default -> category.officialName() + SEPARATOR + text("category." + category.name());
        };
    }

    /** An option of the sheet, e.g. {@code 5年以上7年未満} or {@code 5 to under 7 years}. */
    public String option(CriterionId criterion, String option) {
        String specific = "option." + criterion.name() + "." + option;
        if (texts.has(specific)) {
            return text(specific);
        }
        if (option.equals("yes")) {
            return text("option.yes");
        }
        if (language == ReportLanguage.EN) {
            return option;
        }
        return switch (criterion) {
            case CAREER -> years(option);
            case SALARY -> yen(option);
            case AGE -> age(option);
            case RESEARCH, QUALIFICATIONS -> count(criterion, option);
            default -> throw untranslated(criterion, option);
        };
    }

    /** The heading of an age column of the salary table. */
    public String ageBand(AgeBand band) {
        String key = "band." + band.name();
        return texts.has(key) ? text(key) : option(CriterionId.AGE, band.label());
    }

    /** The text of a line of the sheet's evidence list, after its number. */
    public String evidence(SheetEvidence line) {
        return language == ReportLanguage.EN ? checklist.format(line.key()) : text("evidence." + line.number());
    }

    /** Why the item scores what it does, as {@code hsp score} says it, in this language. */
    public String explanation(org.hspnavigator.engine.points.Item item) {
        return explanations.text(item.explanation());
    }

    /** The verdict of the pass rule in this language. */
    public String verdict(Assessment assessment) {
        if (language == ReportLanguage.EN) {
            return explanations.verdict(assessment);
        }
        long floor = assessment.salaryFloorYen().orElse(0);
        if (assessment.eligible()) {
            return text("verdict.eligible", assessment.passMark());
        }
        boolean isShort = assessment.pointsShort() > 0;
        if (isShort && !assessment.meetsSalaryFloor()) {
            return text("verdict.shortAndBelowFloor", assessment.pointsShort(), floor);
        }
        return isShort ? text("verdict.short", assessment.pointsShort()) : text("verdict.belowFloor", floor);
    }

    private String years(String option) {
        Matcher m;
        if ((m = YEARS_RANGE.matcher(option)).matches()) {
            return text("option.years.range", m.group(1), m.group(2));
        }
        if ((m = YEARS_UNDER.matcher(option)).matches()) {
            return text("option.years.under", m.group(1));
        }
        if ((m = YEARS_AT_LEAST.matcher(option)).matches()) {
            return text("option.years.atLeast", m.group(1));
        }
        throw untranslated(CriterionId.CAREER, option);
    }

    private String yen(String option) {
        Matcher m;
        if ((m = YEN_RANGE.matcher(option)).matches()) {
            return text("option.yen.range", man(m.group(1)), man(m.group(2)));
        }
        if ((m = YEN_UNDER.matcher(option)).matches()) {
            return text("option.yen.under", man(m.group(1)));
        }
        if ((m = YEN_AT_LEAST.matcher(option)).matches()) {
            return text("option.yen.atLeast", man(m.group(1)));
        }
        throw untranslated(CriterionId.SALARY, option);
    }

    /** Yen in units of 万 (10,000 yen) as the ISA sheet writes them: 1,000 for ¥10,000,000. */
    private static String man(String yen) {
        long value = Long.parseLong(yen.replace(",", ""));
        if (value % YEN_PER_MAN != 0) {
            throw new IllegalStateException("¥" + yen + " is not a whole number of 万円");
        }
        return String.format(Locale.ROOT, "%,d", value / YEN_PER_MAN);
    }

    private String age(String option) {
        Matcher m;
        if ((m = AGE_UNDER.matcher(option)).matches()) {
            return text("option.age.under", Integer.parseInt(m.group(1)) - 1);
        }
        if ((m = AGE_RANGE.matcher(option)).matches()) {
            return text("option.age.range", m.group(1), m.group(2));
        }
        if ((m = AGE_AT_LEAST.matcher(option)).matches()) {
            return text("option.age.atLeast", m.group(1));
        }
        throw untranslated(CriterionId.AGE, option);
    }

    private String count(CriterionId criterion, String option) {
        String kind = criterion == CriterionId.RESEARCH ? "tests" : "qualifications";
        if (COUNT_NONE.matcher(option).matches()) {
            return text("option.none");
        }
        Matcher m;
        if ((m = COUNT_AT_LEAST.matcher(option)).matches()) {
            return text("option." + kind + ".atLeast", m.group(1));
        }
        if ((m = COUNT_ONE.matcher(option)).matches()) {
            return text("option." + kind + ".one", m.group(1));
        }
        throw untranslated(criterion, option);
    }

    private IllegalStateException untranslated(CriterionId criterion, String option) {
        return new IllegalStateException("no " + language.tag() + " wording for the option \"" + option + "\" of "
                + criterion.id());
    }
}
