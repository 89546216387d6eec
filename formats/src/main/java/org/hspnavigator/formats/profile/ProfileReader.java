package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Employer;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.profile.Training;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one profile (spec/profile.md) from a JSON tree, or from a CSV row through
 * {@link CsvProfileColumns}. Every field is checked; all problems are collected with their JSON paths,
 * and a profile is returned only when there are none.
 */
public final class ProfileReader {

    static final List<String> PROFILE_FIELDS = List.of("referenceDate", "birthDate", "annualSalaryYen", "degrees",
            "careerYears", "research", "japaneseLanguage", "japaneseNationalQualifications", "foreignQualification",
            "position", "employer", "growthFieldProject", "training", "investmentYen");
    static final List<String> DEGREE_FIELDS = List.of("level", "field", "inJapan", "designatedUniversity",
            "japaneseMajor");
    static final List<String> CAREER_FIELDS = List.of("academicResearch", "specializedTechnical", "businessManagement");
    static final List<String> RESEARCH_FIELDS = List.of("patents", "grantFundedProjects", "papers", "otherRecognized");
    static final List<String> LANGUAGE_FIELDS = List.of("jlpt", "bjtScore");
    static final List<String> EMPLOYER_FIELDS = List.of("innovationSupport", "sme", "rdExpenseRatioPercent",
            "localGovernmentSupport", "investmentManagementBusiness");
    static final List<String> TRAINING_FIELDS = List.of("innovativeAsia", "atJapaneseUniversity");

    private final ReferenceDates referenceDates;
    private final Optional<DateOverride> dateOverride;

    /**
     * A reference date that replaces the profiles' own (the {@code --date} option).
     *
     * @param date   the date, already checked with {@link ReferenceDates#problem}
     * @param origin how messages name it, e.g. {@code --date}
     */
    public record DateOverride(LocalDate date, String origin) {
    }

    public ProfileReader(ReferenceDates referenceDates) {
        this(referenceDates, Optional.empty());
    }

    private ProfileReader(ReferenceDates referenceDates, Optional<DateOverride> dateOverride) {
        this.referenceDates = referenceDates;
        this.dateOverride = dateOverride;
    }

    /** A reader that scores every profile as of {@code date} instead of its own reference date. */
    public ProfileReader withReferenceDate(LocalDate date, String origin) {
        return new ProfileReader(referenceDates, Optional.of(new DateOverride(date, origin)));
    }

    /**
     * Reads the profile at {@code path} ({@code ""} for a document that is one profile), adding every
     * problem to {@code violations}; empty when there was any.
     */
    public Optional<Profile> read(JsonNode node, String path, List<Violation> violations) {
        return read(new JsonProfileValue(node), path, violations);
    }

    /** Reads a profile from a document of any syntax: the one validation of JSON and CSV input alike. */
    public Optional<Profile> read(ProfileValue node, String path, List<Violation> violations) {
        int before = violations.size();
        Optional<ObjectFields> fields = ObjectFields.of(node, path, violations, PROFILE_FIELDS, "a profile object");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<Profile> profile = read(fields.get());
        return violations.size() == before ? profile : Optional.empty();
    }

    private Optional<Profile> read(ObjectFields fields) {
        LocalDate referenceDate = referenceDate(fields);
        fields.requirePresent("birthDate", "the applicant's date of birth, YYYY-MM-DD");
        Optional<LocalDate> birthDate = fields.date("birthDate");
        fields.requirePresent("annualSalaryYen", "the expected annual salary in yen");
        OptionalLong salary = fields.wholeNumber("annualSalaryYen", 0, ProfileLimits.MAX_ANNUAL_SALARY_YEN, "yen");
        List<Degree> degrees = degrees(fields);
        CareerYears career = careerYears(fields);
        Research research = research(fields);
        JapaneseLanguage language = japaneseLanguage(fields);
        int qualifications = (int) fields.wholeNumber("japaneseNationalQualifications", 0, ProfileLimits.MAX_COUNT,
                "qualifications").orElse(0);
        boolean foreignQualification = fields.bool("foreignQualification");
        ExecutivePosition position = fields.enumValue("position", ExecutivePosition.class).orElse(ExecutivePosition.NONE);
        Employer employer = employer(fields);
        boolean growthField = fields.bool("growthFieldProject");
        Training training = training(fields);
        long investment = fields.wholeNumber("investmentYen", 0, ProfileLimits.MAX_INVESTMENT_YEN, "yen").orElse(0);

        if (referenceDate == null || birthDate.isEmpty() || salary.isEmpty()) {
            return Optional.empty();
        }
        if (!birthDateFits(fields, birthDate.get(), referenceDate)) {
            return Optional.empty();
        }
        return Optional.of(new Profile(referenceDate, birthDate.get(), salary.getAsLong(), degrees, career, research,
                language, qualifications, foreignQualification, position, employer, growthField, training, investment));
    }

    /** The date to score: the override, the profile's own, or today; null when the profile's is invalid. */
    private LocalDate referenceDate(ObjectFields fields) {
        boolean given = !fields.isMissing("referenceDate");
        Optional<LocalDate> own = fields.date("referenceDate");
        if (given && own.isEmpty()) {
            return null;
        }
        if (own.isPresent() && dateOverride.isEmpty()) {
            Optional<String> problem = referenceDates.problem(own.get());
            if (problem.isPresent()) {
                fields.report("referenceDate", problem.get());
                return null;
            }
        }
        if (dateOverride.isPresent()) {
            return dateOverride.get().date();
        }
        return own.orElseGet(referenceDates::today);
    }

    private boolean birthDateFits(ObjectFields fields, LocalDate birthDate, LocalDate referenceDate) {
        if (!birthDate.isBefore(referenceDate)) {
            fields.report("birthDate", birthDate + " is not before " + whose(referenceDate));
            return false;
        }
        if (ageOn(birthDate, referenceDate) > ProfileLimits.MAX_AGE_YEARS) {
            fields.report("birthDate", birthDate + " would make the applicant older than " + ProfileLimits.MAX_AGE_YEARS
                    + " on " + whose(referenceDate) + "; check for a typing mistake");
            return false;
        }
        return true;
    }

    /**
     * Whether a birth date is accepted on the reference date, as {@link #birthDateFits} decides without
     * saying why not: for {@link CsvRowFastPath}, which leaves every problem to the general path.
     */
    static boolean birthDateFits(LocalDate birthDate, LocalDate referenceDate) {
        return birthDate.isBefore(referenceDate) && ageOn(birthDate, referenceDate) <= ProfileLimits.MAX_AGE_YEARS;
    }

    /**
     * Completed years of age on the reference date, the years of {@code Period.between}; without the
     * Period it would make for each of a batch's rows.
     */
    private static long ageOn(LocalDate birthDate, LocalDate referenceDate) {
        return birthDate.until(referenceDate, ChronoUnit.YEARS);
    }

    /** The checks of a row's own reference date and today's date. */
    ReferenceDates referenceDates() {
        return referenceDates;
    }

    /** The date that replaces every profile's own ({@code --date}), or null when there is none. */
    LocalDate overrideDate() {
        return dateOverride.isPresent() ? dateOverride.get().date() : null;
    }

    /** How messages name the reference date; built only for a message, as valid rows are the many. */
    private String whose(LocalDate referenceDate) {
        return dateOverride.map(o -> "the reference date " + referenceDate + " (" + o.origin() + ")")
                .orElse("the reference date " + referenceDate);
    }

    private static List<Degree> degrees(ObjectFields fields) {
        List<Degree> degrees = new ArrayList<>();
        List<ProfileValue> elements = fields.array("degrees", ProfileLimits.MAX_DEGREES, "degrees");
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.element(fields.path("degrees"), i);
            fields.nested(elements.get(i), path, DEGREE_FIELDS, "a degree object").ifPresent(degree -> {
                degree.requirePresent("level", "one of DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR");
                Optional<DegreeLevel> level = degree.enumValue("level", DegreeLevel.class);
                Optional<String> field = degree.text("field", ProfileLimits.MAX_FIELD_LENGTH);
                boolean inJapan = degree.bool("inJapan");
                boolean designated = degree.bool("designatedUniversity");
                boolean japaneseMajor = degree.bool("japaneseMajor");
                level.ifPresent(l -> degrees.add(new Degree(l, field, inJapan, designated, japaneseMajor)));
            });
        }
        return degrees;
    }

    private static CareerYears careerYears(ObjectFields fields) {
        return fields.object("careerYears", CAREER_FIELDS, "years per category").map(career -> new CareerYears(
                years(career, "academicResearch"),
                years(career, "specializedTechnical"),
                years(career, "businessManagement"))).orElse(CareerYears.NONE);
    }

    private static BigDecimal years(ObjectFields career, String name) {
        return career.decimal(name, BigDecimal.ZERO, ProfileLimits.MAX_CAREER_YEARS, "years").orElse(BigDecimal.ZERO);
    }

    private static Research research(ObjectFields fields) {
        return fields.object("research", RESEARCH_FIELDS, "research achievements").map(research -> new Research(
                count(research, "patents", "patents"),
                count(research, "grantFundedProjects", "projects"),
                count(research, "papers", "papers"),
                research.bool("otherRecognized"))).orElse(Research.NONE);
    }

    private static int count(ObjectFields fields, String name, String unit) {
        return (int) fields.wholeNumber(name, 0, ProfileLimits.MAX_COUNT, unit).orElse(0);
    }

    private static JapaneseLanguage japaneseLanguage(ObjectFields fields) {
        return fields.object("japaneseLanguage", LANGUAGE_FIELDS, "Japanese test results").map(language -> {
            Optional<Jlpt> jlpt = language.enumValue("jlpt", Jlpt.class);
            OptionalLong bjt = language.wholeNumber("bjtScore", ProfileLimits.MIN_BJT_SCORE, ProfileLimits.MAX_BJT_SCORE,
                    "BJT points");
            return new JapaneseLanguage(jlpt, bjt.isPresent() ? OptionalInt.of((int) bjt.getAsLong()) : OptionalInt.empty());
        }).orElse(JapaneseLanguage.NONE);
    }

    private static Employer employer(ObjectFields fields) {
        return fields.object("employer", EMPLOYER_FIELDS, "employer facts").map(employer -> new Employer(
                employer.bool("innovationSupport"),
                employer.bool("sme"),
                employer.decimal("rdExpenseRatioPercent", BigDecimal.ZERO, ProfileLimits.MAX_RD_EXPENSE_RATIO_PERCENT,
                        "percent"),
                employer.bool("localGovernmentSupport"),
                employer.bool("investmentManagementBusiness"))).orElse(Employer.NONE);
    }

    private static Training training(ObjectFields fields) {
        return fields.object("training", TRAINING_FIELDS, "training facts").map(training -> new Training(
                training.bool("innovativeAsia"),
                training.bool("atJapaneseUniversity"))).orElse(Training.NONE);
    }
}
