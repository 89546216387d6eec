package org.hspnavigator.web.selfassessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.Violation;

/**
 * Works out what each answer of the form is worth by asking the engine, never a table of its own: the
 * answers are scored as given, then again with one answer left out and with each option of a choice or
 * box put in its place, and the difference of the totals is what the answer or option adds in each
 * category. Interactions come out right by themselves (JLPT N2 adds nothing next to a degree from a
 * Japanese university; a second bachelor's adds nothing next to a doctorate), and an answer that adds
 * nothing says why in the engine's own words. Answers the reader refuses are left out of the trial, and
 * a missing date of birth is replaced for the trial only: then nothing that depends on the age is shown.
 */
final class AnswerPoints {

    /** The age assumed while no date of birth is given; only points that do not depend on it are shown. */
    private static final int TRIAL_AGE = 30;
    /** Enough rounds to leave out answers whose problems only show once others are gone. */
    private static final int CLEANING_ROUNDS = 4;
    private static final int OLDEST_AGE_SHOWN = 120;

    private final PointsEngine engine;
    private final ReferenceDates referenceDates;
    private final Explanations explanations;

    AnswerPoints(PointsEngine engine, ReferenceDates referenceDates, Explanations explanations) {
        this.engine = engine;
        this.referenceDates = referenceDates;
        this.explanations = explanations;
    }

    /** The points of the answers, for the categories shown: the work chosen, else all three. */
    FormPoints of(Answers answers) {
        List<Category> shown = answers.work().map(List::of).orElse(List.of(Category.values()));
        ProfileReader reader = new ProfileReader(referenceDates);
        Trial trial = new Trial(reader, shown);
        List<String> cells = new ArrayList<>(answers.cells());
        boolean birthDateGiven = clean(reader, cells);
        Optional<ScoreResult> base = trial.score(cells);
        if (base.isEmpty()) {
            return FormPoints.none(shown);
        }
        Map<String, QuestionPoints> questions = new HashMap<>();
        for (String question : Answers.QUESTIONS) {
            ProfileField field = field(question);
            if (!field.scored() || field == ProfileField.REFERENCE_DATE || field == ProfileField.BIRTH_DATE) {
                continue;
            }
            boolean dependsOnAge = field == ProfileField.ANNUAL_SALARY_YEN;
            if (dependsOnAge && !birthDateGiven) {
                questions.put(question, QuestionPoints.NEEDS_BIRTH_DATE);
                continue;
            }
            questions.put(question, question(trial, cells, question, field, base.get()));
        }
        ScoreResult result = base.get();
        Optional<List<Total>> totals = birthDateGiven ? Optional.of(totals(result, shown)) : Optional.empty();
        return new FormPoints(shown, totals, questions, salaryScales(result, shown, birthDateGiven));
    }

    private QuestionPoints question(Trial trial, List<String> answered, String question, ProfileField field,
            ScoreResult base) {
        List<String> cells = answered;
        String level = question.substring(0, question.lastIndexOf('.') + 1) + ProfileField.DEGREE_LEVEL.fieldName();
        if (field.inList() && field != ProfileField.DEGREE_LEVEL && answered.get(Answers.QUESTIONS.indexOf(level)).isEmpty()) {
            // A degree's other answers count only with a level: they are tried on the least degree.
            cells = new ArrayList<>(answered);
            List<String> levels = ProfileField.DEGREE_LEVEL.choices();
            cells.set(Answers.QUESTIONS.indexOf(level), levels.get(levels.size() - 1));
            Optional<ScoreResult> trialBase = trial.score(cells);
            if (trialBase.isEmpty()) {
                return QuestionPoints.NONE;
            }
            base = trialBase.get();
        }
        List<String> without = without(cells, question, field);
        Optional<ScoreResult> baseline = trial.score(without);
        if (baseline.isEmpty()) {
            return QuestionPoints.NONE;
        }
        int index = Answers.QUESTIONS.indexOf(question);
        String answer = cells.get(index);
        boolean given = !answer.equals(without.get(index)) && !field.defaultValue().orElse("").equals(answer);
        Optional<Gain> current = given ? Optional.of(trial.gain(base, baseline.get())) : Optional.empty();
        Map<String, Gain> options = new LinkedHashMap<>();
        for (String option : options(field)) {
            List<String> with = new ArrayList<>(without);
            with.set(index, option);
            if (field == ProfileField.DEGREE_LEVEL) {
                // The other answers about this degree stay: the level alone is tried.
                copySlot(cells, with, question);
                with.set(index, option);
            }
            trial.score(with).ifPresent(result -> options.put(option, trial.gain(result, baseline.get())));
        }
        return new QuestionPoints(current, options);
    }

    /** The answers with one question left out: for a degree's level, the whole degree. */
    private static List<String> without(List<String> cells, String question, ProfileField field) {
        List<String> without = new ArrayList<>(cells);
        if (field == ProfileField.DEGREE_LEVEL) {
            slotQuestions(question).forEach(other -> without.set(Answers.QUESTIONS.indexOf(other), ""));
        } else {
            // The salary is required: none is no salary.
            without.set(Answers.QUESTIONS.indexOf(question), field == ProfileField.ANNUAL_SALARY_YEN ? "0" : "");
        }
        return without;
    }

    private static void copySlot(List<String> from, List<String> to, String question) {
        for (String other : slotQuestions(question)) {
            int index = Answers.QUESTIONS.indexOf(other);
            to.set(index, from.get(index));
        }
    }

    /** The questions of the degree a question belongs to ({@code degrees.1.}). */
    private static List<String> slotQuestions(String question) {
        String slot = question.substring(0, question.indexOf('.', "degrees.".length()) + 1);
        return Answers.QUESTIONS.stream().filter(other -> other.startsWith(slot)).toList();
    }

    /** The options tried for a question: each choice, or the ticked box. */
    private static List<String> options(ProfileField field) {
        if (field.type() == FieldType.CHOICE) {
            return field.choices();
        }
        return field.type() == FieldType.BOOLEAN ? List.of("true") : List.of();
    }

    /**
     * Leaves out, in place, the answers the reader refuses, so that the others can be tried; a missing or
     * refused date of birth is replaced by one of {@link #TRIAL_AGE} and a missing salary by none. Tells
     * whether the date of birth is the applicant's.
     */
    private boolean clean(ProfileReader reader, List<String> cells) {
        int birthDate = Answers.QUESTIONS.indexOf(ProfileField.BIRTH_DATE.csvColumn());
        int salary = Answers.QUESTIONS.indexOf(ProfileField.ANNUAL_SALARY_YEN.csvColumn());
        boolean birthDateGiven = true;
        for (int round = 0; round < CLEANING_ROUNDS; round++) {
            List<Violation> violations = new ArrayList<>();
            if (Answers.read(reader, cells, violations).isPresent()) {
                break;
            }
            for (Violation violation : violations) {
                String path = violation.path();
                int index = Answers.QUESTIONS.indexOf(path);
                if (index == birthDate) {
                    birthDateGiven = false;
                    cells.set(birthDate, trialDate(cells).minusYears(TRIAL_AGE).toString());
                } else if (index == salary) {
                    cells.set(salary, "0");
                } else if (path.startsWith(ProfileField.DEGREE_LEVEL.group().fieldName() + ".") && index >= 0) {
                    slotQuestions(path).forEach(other -> cells.set(Answers.QUESTIONS.indexOf(other), ""));
                } else if (index >= 0) {
                    cells.set(index, "");
                }
            }
        }
        return birthDateGiven;
    }

    private LocalDate trialDate(List<String> cells) {
        try {
            return LocalDate.parse(cells.get(Answers.QUESTIONS.indexOf(ProfileField.REFERENCE_DATE.csvColumn())));
        } catch (DateTimeParseException e) {
            return referenceDates.today();
        }
    }

    private static List<Total> totals(ScoreResult result, List<Category> shown) {
        List<Total> totals = new ArrayList<>();
        for (Category category : shown) {
            Assessment assessment = result.assessment(category).orElseThrow();
            totals.add(new Total(category, assessment.points(), assessment.passMark(), assessment.eligible(),
                    assessment.meetsSalaryFloor()));
        }
        return List.copyOf(totals);
    }

    /**
     * The salary brackets of the rules in force, one table per age band, for the categories shown that
     * have salary points; the band of the applicant's age marked when it is known.
     */
    private static List<SalaryScale> salaryScales(ScoreResult result, List<Category> shown, boolean ageKnown) {
        RuleSet rules = result.ruleSet();
        List<SalaryScale> scales = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            Set<Long> bounds = new TreeSet<>();
            for (Category category : shown) {
                rules.salaryLowerBounds(category, band).stream().filter(bound -> bound > 0).forEach(bounds::add);
            }
            List<SalaryScale.Row> rows = new ArrayList<>();
            for (long bound : bounds) {
                List<Integer> points = shown.stream().map(category -> rules.salary(category, band, bound)
                        .map(PointRow::points).orElse(0)).toList();
                rows.add(new SalaryScale.Row(bound, points));
            }
            int fromAge = firstAge(band);
            int toAge = lastAge(band);
            boolean current = ageKnown && AgeBand.of(result.age()) == band;
            scales.add(new SalaryScale(band.name(), fromAge, toAge, List.copyOf(rows), current));
        }
        return List.copyOf(scales);
    }

    private static int firstAge(AgeBand band) {
        for (int age = 0; age <= OLDEST_AGE_SHOWN; age++) {
            if (AgeBand.of(age) == band) {
                return age;
            }
        }
        throw new IllegalStateException("no age in band " + band);
    }

    /** The last age of a band; {@code -1} for the open-ended last band. */
    private static int lastAge(AgeBand band) {
        int last = -1;
        for (int age = 0; age <= OLDEST_AGE_SHOWN; age++) {
            if (AgeBand.of(age) == band) {
                last = age;
            }
        }
        return last == OLDEST_AGE_SHOWN ? -1 : last;
    }

    private static ProfileField field(String question) {
        for (ProfileField field : ProfileField.values()) {
            if (field.inList() ? question.matches(field.group().fieldName() + "\\.\\d+\\." + field.fieldName())
                    : question.equals(field.csvColumn())) {
                return field;
            }
        }
        throw new IllegalArgumentException("no profile field for question " + question);
    }

    /** Scores answers and compares results, for the categories shown. */
    private final class Trial {

        private final ProfileReader reader;
        private final List<Category> shown;

        Trial(ProfileReader reader, List<Category> shown) {
            this.reader = reader;
            this.shown = shown;
        }

        Optional<ScoreResult> score(List<String> cells) {
            Optional<Profile> profile = Answers.read(reader, cells, new ArrayList<>());
            return profile.map(engine::score);
        }

        /** What {@code with} adds to {@code without}, per category, and why nothing when it adds nothing. */
        Gain gain(ScoreResult with, ScoreResult without) {
            Map<Category, Integer> points = new EnumMap<>(Category.class);
            Set<String> reasons = new LinkedHashSet<>();
            for (Category category : shown) {
                Assessment after = with.assessment(category).orElseThrow();
                Assessment before = without.assessment(category).orElseThrow();
                points.put(category, after.points() - before.points());
                reasons.addAll(zeroTexts(after));
                zeroTexts(before).forEach(reasons::remove);
            }
            List<Integer> ordered = shown.stream().map(points::get).toList();
            boolean addsNothing = ordered.stream().allMatch(gained -> gained == 0);
            return new Gain(ordered, addsNothing ? List.copyOf(reasons) : List.of());
        }

        /** The engine's words for the items that score nothing and its notes. */
        private List<String> zeroTexts(Assessment assessment) {
            List<String> texts = new ArrayList<>();
            for (Item item : assessment.items()) {
                if (item.points() == 0) {
                    texts.add(explanations.text(item.explanation()));
                }
            }
            assessment.notes().forEach(note -> texts.add(explanations.text(note)));
            return texts;
        }
    }

    /**
     * What an answer or option adds.
     *
     * @param points  the points added, per category shown, in the order shown
     * @param reasons when it adds nothing anywhere, the engine's words for why (in English)
     */
    record Gain(List<Integer> points, List<String> reasons) {

        /** The gain as the form writes it: {@code +15} where every category agrees, else per category. */
        public String label(List<String> letters) {
            if (points.stream().distinct().count() == 1) {
                return signed(points.get(0));
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                parts.add(letters.get(i) + " " + signed(points.get(i)));
            }
            return String.join(" · ", parts);
        }

        private static String signed(int points) {
            return points < 0 ? String.valueOf(points) : "+" + points;
        }
    }

    /**
     * The points of one question.
     *
     * @param current         what the answer as given adds; empty when unanswered
     * @param options         what each option (each choice, or {@code true} for a box) would add
     * @param needsBirthDate  whether its points depend on the age, not known yet
     */
    record QuestionPoints(Optional<Gain> current, Map<String, Gain> options, boolean needsBirthDate) {

        static final QuestionPoints NONE = new QuestionPoints(Optional.empty(), Map.of(), false);
        static final QuestionPoints NEEDS_BIRTH_DATE = new QuestionPoints(Optional.empty(), Map.of(), true);

        QuestionPoints(Optional<Gain> current, Map<String, Gain> options) {
            this(current, options, false);
        }

        public Optional<Gain> option(String option) {
            return Optional.ofNullable(options.get(option));
        }
    }

    /**
     * One category's running total.
     *
     * @param category         the category
     * @param points           the total of the answers read
     * @param passMark         the points needed
     * @param eligible         whether the pass rule is met
     * @param meetsSalaryFloor whether the salary reaches the category's floor
     */
    record Total(Category category, int points, int passMark, boolean eligible, boolean meetsSalaryFloor) {

        /** How far the bar is filled, in percent of {@link ResultsView#BAR_SCALE}. */
        public int barPercent() {
            return Math.min(100, Math.max(0, points) * 100 / ResultsView.BAR_SCALE);
        }
    }

    /**
     * The salary brackets of one age band.
     *
     * @param band    the band's name ({@code FROM_30_TO_34})
     * @param fromAge its first age
     * @param toAge   its last age, {@code -1} when it has none
     * @param rows    from the lowest bracket that scores
     * @param current whether the applicant's age is in it
     */
    record SalaryScale(String band, int fromAge, int toAge, List<Row> rows, boolean current) {

        /**
         * One bracket.
         *
         * @param fromYen the least salary of the bracket
         * @param points  its points per category shown
         */
        record Row(long fromYen, List<Integer> points) {
        }
    }

    /**
     * Everything the form shows of the points.
     *
     * @param shown     the categories shown, in order
     * @param totals    the running totals, once the date of birth is known
     * @param questions the points per question name
     * @param salary    the salary brackets per age band
     */
    record FormPoints(List<Category> shown, Optional<List<Total>> totals, Map<String, QuestionPoints> questions,
            List<SalaryScale> salary) {

        static FormPoints none(List<Category> shown) {
            return new FormPoints(shown, Optional.empty(), Map.of(), List.of());
        }

        /** The points of a question; none when they cannot be worked out. */
        public QuestionPoints question(String name) {
            return questions.getOrDefault(name, QuestionPoints.NONE);
        }

        /** The official letter of each category shown (イ, ロ, ハ of 高度専門職1号イ), in order. */
        public List<String> letters() {
            return shown.stream().map(category -> category.status().substring(category.status().length() - 1))
                    .toList();
        }
    }
}
