package org.hspnavigator.formats.profile;

import static org.hspnavigator.formats.profile.ProfileField.ANNUAL_SALARY_YEN;
import static org.hspnavigator.formats.profile.ProfileField.BIRTH_DATE;
import static org.hspnavigator.formats.profile.ProfileField.BJT_SCORE;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_ACADEMIC_RESEARCH;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_BUSINESS_MANAGEMENT;
import static org.hspnavigator.formats.profile.ProfileField.CAREER_SPECIALIZED_TECHNICAL;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_DESIGNATED_UNIVERSITY;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_FIELD;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_IN_JAPAN;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_JAPANESE_MAJOR;
import static org.hspnavigator.formats.profile.ProfileField.DEGREE_LEVEL;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INNOVATION_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_LOCAL_GOVERNMENT_SUPPORT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_RD_EXPENSE_RATIO_PERCENT;
import static org.hspnavigator.formats.profile.ProfileField.EMPLOYER_SME;
import static org.hspnavigator.formats.profile.ProfileField.FOREIGN_QUALIFICATION;
import static org.hspnavigator.formats.profile.ProfileField.GROWTH_FIELD_PROJECT;
import static org.hspnavigator.formats.profile.ProfileField.ID;
import static org.hspnavigator.formats.profile.ProfileField.INVESTMENT_YEN;
import static org.hspnavigator.formats.profile.ProfileField.JAPANESE_NATIONAL_QUALIFICATIONS;
import static org.hspnavigator.formats.profile.ProfileField.JLPT;
import static org.hspnavigator.formats.profile.ProfileField.POSITION;
import static org.hspnavigator.formats.profile.ProfileField.REFERENCE_DATE;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_GRANT_FUNDED_PROJECTS;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_OTHER_RECOGNIZED;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_PAPERS;
import static org.hspnavigator.formats.profile.ProfileField.RESEARCH_PATENTS;
import static org.hspnavigator.formats.profile.ProfileField.TRAINING_AT_JAPANESE_UNIVERSITY;
import static org.hspnavigator.formats.profile.ProfileField.TRAINING_INNOVATIVE_ASIA;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.calendar.CompletedYears;
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
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one profile (docs/rules.md §18), from a JSON tree or from a CSV row through
 * {@link CsvProfileColumns}: the one reader of profiles. It walks the fields of {@link ProfileField} in
 * their order, checks each value with the parser of its type ({@link ValueParsers}), and collects every
 * problem where the syntax says the field is (JSON path or CSV column). A profile is returned only when
 * there is no problem.
 */
public final class ProfileReader {

    private final ReferenceDates referenceDates;
    private final Optional<DateOverride> dateOverride;

    /**
     * A reference date that replaces the profiles' own (the {@code --date} option).
     *
     * @param date   the date, already checked with {@link ReferenceDates#problem}
     * @param origin the key in the {@code validation} bundle of how messages name it, e.g. {@code origin.dateOption}
     */
    private record DateOverride(LocalDate date, String origin) {
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
        return readLabelled(node, path, violations).map(LabelledProfile::profile);
    }

    /** {@link #read}, with the profile's label ({@code id}) when it has one. */
    public Optional<LabelledProfile> readLabelled(JsonNode node, String path, List<Violation> violations) {
        return readLabelled(new JsonProfile(node, path), violations);
    }

    /** {@link #readLabelled(JsonNode, String, List)} of the one profile {@code source} holds. */
    Optional<LabelledProfile> readLabelled(ProfileSource source, List<Violation> violations) {
        Reading reading = new Reading(source);
        return reading.read(violations).map(profile -> new LabelledProfile(profile, reading.id()));
    }

    /** A reading of the profiles of {@code source}, which may hold one after another (the rows of a CSV file). */
    Reading reading(ProfileSource source) {
        return new Reading(source);
    }

    /**
     * Whether a birth date is accepted on the reference date: before it, and at most
     * {@link ProfileLimits#MAX_AGE_YEARS} completed years earlier, the guard against typing mistakes.
     */
    static boolean birthDateFits(LocalDate birthDate, LocalDate referenceDate) {
        return birthDate.isBefore(referenceDate)
                && CompletedYears.between(birthDate, referenceDate) <= ProfileLimits.MAX_AGE_YEARS;
    }

    /**
     * The reading of the profile a source holds, or of each profile it holds in turn, by one thread: the
     * fields in the order of the table, each value checked by its type's parser and left out ones given
     * their defaults. Problems are reported at the field being read, which is kept here rather than in an
     * object made for every value, as a batch reads some twenty of them per row.
     */
    final class Reading implements ValueParsers.Problems {

        private final ProfileSource source;
        private List<Violation> violations;
        private ProfileField field;
        private int element;
        private String id;

        private Reading(ProfileSource source) {
            this.source = source;
        }

        /** The profile the source holds now, adding every problem to {@code into}; empty when there was any. */
        Optional<Profile> read(List<Violation> into) {
            violations = into;
            int before = into.size();
            if (!source.open(ProfileGroup.PROFILE, 0, into)) {
                return Optional.empty();
            }
            Profile profile = profile();
            return into.size() == before ? Optional.ofNullable(profile) : Optional.empty();
        }

        /** The label of the profile read last, when it has one: not scored, so kept beside the profile. */
        Optional<String> id() {
            return Optional.ofNullable(id);
        }

        /** The profile, or null when there was a problem. */
        private Profile profile() {
            int before = violations.size();
            id = text(ID, 0);
            LocalDate referenceDate = referenceDate();
            LocalDate birthDate = date(BIRTH_DATE);
            long salary = wholeNumber(ANNUAL_SALARY_YEN, 0);
            List<Degree> degrees = degrees();
            CareerYears career = open(ProfileGroup.CAREER_YEARS) ? new CareerYears(decimal(CAREER_ACADEMIC_RESEARCH),
                    decimal(CAREER_SPECIALIZED_TECHNICAL), decimal(CAREER_BUSINESS_MANAGEMENT)) : CareerYears.NONE;
            Research research = open(ProfileGroup.RESEARCH) ? new Research(count(RESEARCH_PATENTS),
                    count(RESEARCH_GRANT_FUNDED_PROJECTS), count(RESEARCH_PAPERS), bool(RESEARCH_OTHER_RECOGNIZED, 0))
                    : Research.NONE;
            JapaneseLanguage language = open(ProfileGroup.JAPANESE_LANGUAGE) ? japaneseLanguage()
                    : JapaneseLanguage.NONE;
            int qualifications = count(JAPANESE_NATIONAL_QUALIFICATIONS);
            boolean foreignQualification = bool(FOREIGN_QUALIFICATION, 0);
            ExecutivePosition position = choice(POSITION, 0);
            Employer employer = open(ProfileGroup.EMPLOYER) ? new Employer(bool(EMPLOYER_INNOVATION_SUPPORT, 0),
                    bool(EMPLOYER_SME, 0), Optional.ofNullable(decimal(EMPLOYER_RD_EXPENSE_RATIO_PERCENT)),
                    bool(EMPLOYER_LOCAL_GOVERNMENT_SUPPORT, 0), bool(EMPLOYER_INVESTMENT_MANAGEMENT_BUSINESS, 0))
                    : Employer.NONE;
            boolean growthField = bool(GROWTH_FIELD_PROJECT, 0);
            Training training = open(ProfileGroup.TRAINING) ? new Training(bool(TRAINING_INNOVATIVE_ASIA, 0),
                    bool(TRAINING_AT_JAPANESE_UNIVERSITY, 0)) : Training.NONE;
            long investment = wholeNumber(INVESTMENT_YEN, 0);

            if (referenceDate == null || birthDate == null || salary == ValueParsers.NO_NUMBER
                    || !birthDateFits(birthDate, referenceDate) || violations.size() != before) {
                return null;
            }
            return new Profile(referenceDate, birthDate, salary, degrees, career, research, language, qualifications,
                    foreignQualification, position, employer, growthField, training, investment);
        }

        /** The date to score: the override, the profile's own, or today; null when the profile's is invalid. */
        private LocalDate referenceDate() {
            WrittenValue given = given(REFERENCE_DATE, 0);
            LocalDate own = given == null ? null : ValueParsers.date(given, this);
            if (given != null && own == null) {
                return null;
            }
            if (own != null && dateOverride.isEmpty()) {
                Optional<Problem> problem = referenceDates.problem(own);
                if (problem.isPresent()) {
                    report(problem.get());
                    return null;
                }
            }
            if (dateOverride.isPresent()) {
                return dateOverride.get().date();
            }
            return own != null ? own : referenceDates.today();
        }

        /** The degrees; none when one of them could not be read, which has been reported. */
        private List<Degree> degrees() {
            int size = source.size(ProfileGroup.DEGREES, violations);
            if (size == 0) {
                return List.of();
            }
            Degree[] degrees = new Degree[size];
            boolean complete = true;
            for (int i = 0; i < size; i++) {
                degrees[i] = source.open(ProfileGroup.DEGREES, i, violations) ? degree(i) : null;
                complete &= degrees[i] != null;
            }
            return complete ? List.of(degrees) : List.of();
        }

        /** Element {@code i} of the degrees; null when its level is missing or wrong. */
        private Degree degree(int i) {
            DegreeLevel level = choice(DEGREE_LEVEL, i);
            Optional<String> subject = Optional.ofNullable(text(DEGREE_FIELD, i));
            boolean inJapan = bool(DEGREE_IN_JAPAN, i);
            boolean designated = bool(DEGREE_DESIGNATED_UNIVERSITY, i);
            boolean japaneseMajor = bool(DEGREE_JAPANESE_MAJOR, i);
            return level == null ? null : new Degree(level, subject, inJapan, designated, japaneseMajor);
        }

        private JapaneseLanguage japaneseLanguage() {
            Optional<Jlpt> jlpt = Optional.ofNullable(choice(JLPT, 0));
            long bjt = wholeNumber(BJT_SCORE, 0);
            return new JapaneseLanguage(jlpt, bjt == ValueParsers.NO_NUMBER ? OptionalInt.empty()
                    : OptionalInt.of((int) bjt));
        }

        /** A birth date that cannot be an applicant's is reported last, once the other fields are checked. */
        private boolean birthDateFits(LocalDate birthDate, LocalDate referenceDate) {
            if (ProfileReader.birthDateFits(birthDate, referenceDate)) {
                return true;
            }
            field = BIRTH_DATE;
            element = 0;
            if (!birthDate.isBefore(referenceDate)) {
                report(Problem.of("birthDate.notBefore", birthDate, whose(referenceDate)));
            } else {
                report(Problem.of("birthDate.tooOld", birthDate, ProfileLimits.MAX_AGE_YEARS, whose(referenceDate)));
            }
            return false;
        }

        /** How messages name the reference date; built only for a message, as valid rows are the many. */
        private Problem whose(LocalDate referenceDate) {
            return dateOverride.map(o -> Problem.of("referenceDate.named.from", referenceDate, Problem.of(o.origin())))
                    .orElse(Problem.of("referenceDate.named", referenceDate));
        }

        private boolean open(ProfileGroup group) {
            return source.open(group, 0, violations);
        }

        /**
         * The value of a field, which becomes the field being read; null when it is left out (absent or
         * {@code null}), after reporting that for a required field.
         */
        private WrittenValue given(ProfileField read, int index) {
            field = read;
            element = index;
            WrittenValue value = source.value(read, index);
            return value != null ? value : leftOut(read, index);
        }

        /** Null, after reporting a required field left out. */
        private WrittenValue leftOut(ProfileField read, int index) {
            if (read.required()) {
                report(ValueParsers.missing(source.writtenNull(read, index), read.rule().requiredMeaning));
            }
            return null;
        }

        private LocalDate date(ProfileField date) {
            WrittenValue value = given(date, 0);
            return value == null ? null : ValueParsers.date(value, this);
        }

        /** The number, else the field's default, else {@link ValueParsers#NO_NUMBER}. */
        private long wholeNumber(ProfileField number, int index) {
            WrittenValue value = given(number, index);
            ProfileField.Rule rule = number.rule();
            long whole = value == null ? ValueParsers.NO_NUMBER : ValueParsers.wholeNumber(value, rule, this);
            return whole != ValueParsers.NO_NUMBER || rule.defaultValue == null ? whole : (Long) rule.defaultValue;
        }

        private int count(ProfileField number) {
            return (int) wholeNumber(number, 0);
        }

        /** The number, else the field's default, else null. */
        private BigDecimal decimal(ProfileField number) {
            WrittenValue value = given(number, 0);
            ProfileField.Rule rule = number.rule();
            BigDecimal exact = value == null ? null : ValueParsers.decimal(value, rule, this);
            return exact != null ? exact : (BigDecimal) rule.defaultValue;
        }

        private boolean bool(ProfileField flag, int index) {
            WrittenValue value = given(flag, index);
            return value != null && ValueParsers.bool(value, this);
        }

        /** The choice, else the field's default, else null: a constant of the field's choices, whose type E is. */
        @SuppressWarnings("unchecked")
        private <E extends Enum<E>> E choice(ProfileField choice, int index) {
            WrittenValue value = given(choice, index);
            ProfileField.Rule rule = choice.rule();
            Enum<?> chosen = value == null ? null : ValueParsers.choice(value, rule.choices, rule.choiceNames, this);
            return (E) (chosen != null ? chosen : rule.defaultValue);
        }

        private String text(ProfileField text, int index) {
            WrittenValue value = given(text, index);
            return value == null ? null : ValueParsers.text(value, text.rule().maxLength, this);
        }

        @Override
        public void report(Problem problem) {
            violations.add(new Violation(source.place(field, element), problem));
        }
    }
}
