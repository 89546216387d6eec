package org.hspnavigator.formats.profile;

import static org.hspnavigator.formats.profile.ProfileGroup.CAREER_YEARS;
import static org.hspnavigator.formats.profile.ProfileGroup.DEGREES;
import static org.hspnavigator.formats.profile.ProfileGroup.EMPLOYER;
import static org.hspnavigator.formats.profile.ProfileGroup.JAPANESE_LANGUAGE;
import static org.hspnavigator.formats.profile.ProfileGroup.PROFILE;
import static org.hspnavigator.formats.profile.ProfileGroup.RESEARCH;
import static org.hspnavigator.formats.profile.ProfileGroup.TRAINING;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.formats.validation.Problem;

/**
 * A field of the profile (docs/rules.md §18): one row of the table that every reader and writer of
 * profiles works from. A row gives the field's name and group, hence its JSON path
 * ({@code degrees[0].level}) and CSV column ({@code degrees.0.level}); its type and bounds; what it is
 * when left out (its default, or that it is required); and the keys of its label and help text in the
 * {@code fields} bundle of formats.text. The JSON reader, the CSV reader and the forms all read this
 * table, in the order of its rows, which is the order of the profile.
 *
 * <p>A new profile field is a new row here, and the field of the engine's {@code Profile} that the
 * reader fills from it.
 */
public enum ProfileField {

    /**
     * The applicant's label (a file name, a CRM id): not scored, echoed in the assessment and shown in
     * tables; the {@code id} column of a CSV file is the same label.
     */
    ID(PROFILE, "id", Rule.text(ProfileField.MAX_ID_LENGTH)),
    REFERENCE_DATE(PROFILE, "referenceDate", Rule.date()),
    BIRTH_DATE(PROFILE, "birthDate", Rule.date().required("meaning.birthDate")),
    ANNUAL_SALARY_YEN(PROFILE, "annualSalaryYen", Rule.whole(0, ProfileLimits.MAX_ANNUAL_SALARY_YEN, "unit.yen")
            .required("meaning.annualSalaryYen")),
    DEGREE_LEVEL(DEGREES, "level", Rule.choice(DegreeLevel.values())
            .required("meaning.degreeLevel")),
    DEGREE_FIELD(DEGREES, "field", Rule.text(ProfileLimits.MAX_FIELD_LENGTH)),
    DEGREE_IN_JAPAN(DEGREES, "inJapan", Rule.bool()),
    DEGREE_DESIGNATED_UNIVERSITY(DEGREES, "designatedUniversity", Rule.bool()),
    DEGREE_JAPANESE_MAJOR(DEGREES, "japaneseMajor", Rule.bool()),
    CAREER_ACADEMIC_RESEARCH(CAREER_YEARS, "academicResearch", Rule.careerYears()),
    CAREER_SPECIALIZED_TECHNICAL(CAREER_YEARS, "specializedTechnical", Rule.careerYears()),
    CAREER_BUSINESS_MANAGEMENT(CAREER_YEARS, "businessManagement", Rule.careerYears()),
    RESEARCH_PATENTS(RESEARCH, "patents", Rule.whole(0, ProfileLimits.MAX_COUNT, "unit.patents").orElse(0)),
    RESEARCH_GRANT_FUNDED_PROJECTS(RESEARCH, "grantFundedProjects",
            Rule.whole(0, ProfileLimits.MAX_COUNT, "unit.projects").orElse(0)),
    RESEARCH_PAPERS(RESEARCH, "papers", Rule.whole(0, ProfileLimits.MAX_COUNT, "unit.papers").orElse(0)),
    RESEARCH_OTHER_RECOGNIZED(RESEARCH, "otherRecognized", Rule.bool()),
    JLPT(JAPANESE_LANGUAGE, "jlpt", Rule.choice(Jlpt.values())),
    BJT_SCORE(JAPANESE_LANGUAGE, "bjtScore", Rule.whole(ProfileLimits.MIN_BJT_SCORE, ProfileLimits.MAX_BJT_SCORE,
            "unit.bjtPoints")),
    JAPANESE_NATIONAL_QUALIFICATIONS(PROFILE, "japaneseNationalQualifications",
            Rule.whole(0, ProfileLimits.MAX_COUNT, "unit.qualifications").orElse(0)),
    FOREIGN_QUALIFICATION(PROFILE, "foreignQualification", Rule.bool()),
    POSITION(PROFILE, "position", Rule.choice(ExecutivePosition.values()).orElse(ExecutivePosition.NONE)),
    EMPLOYER_INNOVATION_SUPPORT(EMPLOYER, "innovationSupport", Rule.bool()),
    EMPLOYER_SME(EMPLOYER, "sme", Rule.bool()),
    EMPLOYER_RD_EXPENSE_RATIO_PERCENT(EMPLOYER, "rdExpenseRatioPercent",
            Rule.decimal(BigDecimal.ZERO, ProfileLimits.MAX_RD_EXPENSE_RATIO_PERCENT, "unit.percent")),
    EMPLOYER_LOCAL_GOVERNMENT_SUPPORT(EMPLOYER, "localGovernmentSupport", Rule.bool()),
    EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS(EMPLOYER, "investmentManagementBusiness", Rule.bool()),
    GROWTH_FIELD_PROJECT(PROFILE, "growthFieldProject", Rule.bool()),
    TRAINING_INNOVATIVE_ASIA(TRAINING, "innovativeAsia", Rule.bool()),
    TRAINING_AT_JAPANESE_UNIVERSITY(TRAINING, "atJapaneseUniversity", Rule.bool()),
    INVESTMENT_YEN(PROFILE, "investmentYen", Rule.whole(0, ProfileLimits.MAX_INVESTMENT_YEN, "unit.yen").orElse(0));

    /** How a list index is written in a column pattern: {@code degrees.N.level}. */
    public static final String INDEX = "N";

    /** The longest label {@link #ID} takes: room for a name or a reference, not for a document. */
    public static final int MAX_ID_LENGTH = 200;

    private final ProfileGroup group;
    private final String name;
    private final Rule rule;
    private final boolean inList;

    ProfileField(ProfileGroup group, String name, Rule rule) {
        this.group = group;
        this.name = name;
        this.rule = rule;
        this.inList = group.isList();
    }

    /** The field's name in its group: {@code specializedTechnical}. */
    public String fieldName() {
        return name;
    }

    public ProfileGroup group() {
        return group;
    }

    /** Whether the field belongs to the elements of a list ({@code degrees}). */
    public boolean inList() {
        return inList;
    }

    public FieldType type() {
        return rule.type;
    }

    /**
     * Whether the points engine reads the field: every field but {@link #ID}, which only labels the
     * applicant and has no place in the engine's profile.
     */
    public boolean scored() {
        return this != ID;
    }

    /** The JSON path of a field outside the list: {@code careerYears.specializedTechnical}. */
    public String jsonPath() {
        requireOutsideList();
        return group == PROFILE ? name : group.fieldName() + "." + name;
    }

    /** The JSON path of the field of a list element: {@code degrees[0].level}. */
    public String jsonPath(int element) {
        requireInList();
        return group.fieldName() + "[" + element + "]." + name;
    }

    /** The CSV column of a field outside the list, which is also its JSON path. */
    public String csvColumn() {
        return jsonPath();
    }

    /** The CSV column of the field of a list element: {@code degrees.0.level}. */
    public String csvColumn(int element) {
        requireInList();
        return group.fieldName() + "." + element + "." + name;
    }

    /** The column for help texts, with {@link #INDEX} for a list's index: {@code degrees.N.level}. */
    public String csvColumnPattern() {
        return group.isList() ? group.fieldName() + "." + INDEX + "." + name : csvColumn();
    }

    /** The least value of a number field. */
    public Optional<BigDecimal> min() {
        return Optional.ofNullable(rule.min);
    }

    /** The greatest value of a number field: above it a value is taken for a typing mistake. */
    public Optional<BigDecimal> max() {
        return Optional.ofNullable(rule.max);
    }

    /** What a number field counts, as English messages name it ({@code yen}, {@code years}, {@code BJT points}). */
    public Optional<String> unit() {
        return Optional.ofNullable(rule.unit).map(unit -> Problem.of(unit).english());
    }

    /** The longest text a text field accepts. */
    public OptionalInt maxLength() {
        return rule.type == FieldType.TEXT ? OptionalInt.of(rule.maxLength) : OptionalInt.empty();
    }

    /** The values a choice field accepts, as written. */
    public List<String> choices() {
        return Arrays.stream(rule.choices).map(Enum::name).toList();
    }

    /** Whether a profile must give the field. */
    public boolean required() {
        return rule.requiredMeaning != null;
    }

    /** What a required field holds, as the English message for its absence says it. */
    public Optional<String> requiredMeaning() {
        return Optional.ofNullable(rule.requiredMeaning).map(meaning -> Problem.of(meaning).english());
    }

    /**
     * The value the field takes when left out, as it would be written ({@code 0}, {@code false},
     * {@code NONE}); empty for a required field and for one whose absence means "not stated" (no JLPT
     * level) or, for the reference date, today in Japan.
     */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(rule.defaultValue).map(given -> given instanceof BigDecimal number
                ? number.toPlainString() : given.toString());
    }

    /** The key of the field's label in the {@code fields} bundle; its help text is under this key + {@code .help}. */
    public String messageKey() {
        return "field." + (group == PROFILE ? name : group.fieldName() + "." + name);
    }

    Rule rule() {
        return rule;
    }

    private void requireInList() {
        if (!group.isList()) {
            throw new IllegalStateException(this + " is not a field of a list element");
        }
    }

    private void requireOutsideList() {
        if (group.isList()) {
            throw new IllegalStateException(this + " is a field of a list element; give the element");
        }
    }

    /**
     * What a field's value must be: its type, its bounds, and its default or the meaning its absence is
     * reported with. Whole-number bounds are also kept as longs and the default as the type the reader
     * returns.
     */
    static final class Rule {

        final FieldType type;
        final BigDecimal min;
        final BigDecimal max;
        final long minWhole;
        final long maxWhole;
        final String unit;
        final int maxLength;
        final Enum<?>[] choices;
        /** The names of the choices as characters, as the parser compares them. */
        final char[][] choiceNames;
        /** A Long, a BigDecimal or an enum constant; null when the field has none. */
        final Object defaultValue;
        final String requiredMeaning;

        private Rule(FieldType type, BigDecimal min, BigDecimal max, String unit, int maxLength, Enum<?>[] choices,
                Object defaultValue, String requiredMeaning) {
            this.type = type;
            this.min = min;
            this.max = max;
            this.minWhole = type == FieldType.WHOLE_NUMBER ? min.longValueExact() : 0;
            this.maxWhole = type == FieldType.WHOLE_NUMBER ? max.longValueExact() : 0;
            this.unit = unit;
            this.maxLength = maxLength;
            this.choices = choices;
            this.choiceNames = ValueParsers.names(choices);
            this.defaultValue = defaultValue;
            this.requiredMeaning = requiredMeaning;
        }

        static Rule date() {
            return new Rule(FieldType.DATE, null, null, null, 0, new Enum<?>[0], null, null);
        }

        static Rule whole(long min, long max, String unit) {
            return new Rule(FieldType.WHOLE_NUMBER, BigDecimal.valueOf(min), BigDecimal.valueOf(max), unit, 0,
                    new Enum<?>[0], null, null);
        }

        static Rule decimal(BigDecimal min, BigDecimal max, String unit) {
            return new Rule(FieldType.DECIMAL, min, max, unit, 0, new Enum<?>[0], null, null);
        }

        /** Years of experience: 0 to {@link ProfileLimits#MAX_CAREER_YEARS}, 0 when left out. */
        static Rule careerYears() {
            return decimal(BigDecimal.ZERO, ProfileLimits.MAX_CAREER_YEARS, "unit.years").orElse(BigDecimal.ZERO);
        }

        static Rule bool() {
            return new Rule(FieldType.BOOLEAN, null, null, null, 0, new Enum<?>[0], Boolean.FALSE, null);
        }

        static Rule choice(Enum<?>[] constants) {
            return new Rule(FieldType.CHOICE, null, null, null, 0, constants, null, null);
        }

        static Rule text(int maxLength) {
            return new Rule(FieldType.TEXT, null, null, null, maxLength, new Enum<?>[0], null, null);
        }

        Rule required(String meaning) {
            return new Rule(type, min, max, unit, maxLength, choices, defaultValue, meaning);
        }

        Rule orElse(Object given) {
            Object typed = type == FieldType.WHOLE_NUMBER ? Long.valueOf(((Number) given).longValue()) : given;
            return new Rule(type, min, max, unit, maxLength, choices, typed, requiredMeaning);
        }
    }
}
