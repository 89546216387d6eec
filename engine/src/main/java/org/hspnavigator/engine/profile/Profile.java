package org.hspnavigator.engine.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An applicant's profile on one reference date: the input of the points engine, field for field
 * the profile JSON of docs/rules.md §18. Readers (JSON, CSV, web forms) check the values against
 * {@link ProfileLimits} before building one; this type only refuses what no reader may produce.
 *
 * @param referenceDate the date the points are computed for: it fixes the age and the rule set
 * @param birthDate     strictly before the reference date
 */
public record Profile(
        LocalDate referenceDate,
        LocalDate birthDate,
        long annualSalaryYen,
        List<Degree> degrees,
        CareerYears careerYears,
        Research research,
        JapaneseLanguage japaneseLanguage,
        int japaneseNationalQualifications,
        boolean foreignQualification,
        ExecutivePosition position,
        Employer employer,
        boolean growthFieldProject,
        Training training,
        long investmentYen) {

    public Profile {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(birthDate, "birthDate");
        degrees = List.copyOf(degrees);
        Objects.requireNonNull(careerYears, "careerYears");
        Objects.requireNonNull(research, "research");
        Objects.requireNonNull(japaneseLanguage, "japaneseLanguage");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(training, "training");
        if (!birthDate.isBefore(referenceDate)) {
            throw new IllegalArgumentException("birthDate " + birthDate + " is not before referenceDate " + referenceDate);
        }
        if (annualSalaryYen < 0 || investmentYen < 0 || japaneseNationalQualifications < 0) {
            throw new IllegalArgumentException("negative amount or count in profile");
        }
    }

    /** The same applicant seen on another date. */
    public Profile withReferenceDate(LocalDate date) {
        return new Profile(date, birthDate, annualSalaryYen, degrees, careerYears, research, japaneseLanguage,
                japaneseNationalQualifications, foreignQualification, position, employer, growthFieldProject,
                training, investmentYen);
    }

    /** A builder holding every field of this profile, to derive a changed copy (the advisor's levers). */
    public Builder toBuilder() {
        Builder builder = new Builder(referenceDate, birthDate, annualSalaryYen)
                .careerYears(careerYears)
                .research(research)
                .japaneseLanguage(japaneseLanguage)
                .japaneseNationalQualifications(japaneseNationalQualifications)
                .foreignQualification(foreignQualification)
                .position(position)
                .employer(employer)
                .growthFieldProject(growthFieldProject)
                .training(training)
                .investmentYen(investmentYen);
        degrees.forEach(builder::degree);
        return builder;
    }

    /** Starts a profile with the two required facts; every other field takes its default (docs/rules.md §18). */
    public static Builder builder(LocalDate referenceDate, LocalDate birthDate, long annualSalaryYen) {
        return new Builder(referenceDate, birthDate, annualSalaryYen);
    }

    /** Builds a profile field by field; unset fields take the defaults of docs/rules.md §18. */
    public static final class Builder {
        private LocalDate referenceDate;
        private final LocalDate birthDate;
        private long annualSalaryYen;
        private final List<Degree> degrees = new ArrayList<>();
        private CareerYears careerYears = CareerYears.NONE;
        private Research research = Research.NONE;
        private JapaneseLanguage japaneseLanguage = JapaneseLanguage.NONE;
        private int japaneseNationalQualifications;
        private boolean foreignQualification;
        private ExecutivePosition position = ExecutivePosition.NONE;
        private Employer employer = Employer.NONE;
        private boolean growthFieldProject;
        private Training training = Training.NONE;
        private long investmentYen;

        private Builder(LocalDate referenceDate, LocalDate birthDate, long annualSalaryYen) {
            this.referenceDate = referenceDate;
            this.birthDate = birthDate;
            this.annualSalaryYen = annualSalaryYen;
        }

        public Builder referenceDate(LocalDate value) { this.referenceDate = value; return this; }
        public Builder annualSalaryYen(long value) { this.annualSalaryYen = value; return this; }
        public Builder degree(Degree value) { this.degrees.add(value); return this; }
        public Builder careerYears(CareerYears value) { this.careerYears = value; return this; }
        public Builder research(Research value) { this.research = value; return this; }
        public Builder japaneseLanguage(JapaneseLanguage value) { this.japaneseLanguage = value; return this; }
        public Builder japaneseNationalQualifications(int value) { this.japaneseNationalQualifications = value; return this; }
        public Builder foreignQualification(boolean value) { this.foreignQualification = value; return this; }
        public Builder position(ExecutivePosition value) { this.position = value; return this; }
        public Builder employer(Employer value) { this.employer = value; return this; }
        public Builder growthFieldProject(boolean value) { this.growthFieldProject = value; return this; }
        public Builder training(Training value) { this.training = value; return this; }
        public Builder investmentYen(long value) { this.investmentYen = value; return this; }

        public Profile build() {
            return new Profile(referenceDate, birthDate, annualSalaryYen, degrees, careerYears, research,
                    japaneseLanguage, japaneseNationalQualifications, foreignQualification, position, employer,
                    growthFieldProject, training, investmentYen);
        }
    }
}
