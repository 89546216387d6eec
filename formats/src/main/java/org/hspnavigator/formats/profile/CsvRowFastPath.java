package org.hspnavigator.formats.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
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

/**
 * Reads a batch row whose every cell is plainly valid straight into a {@link Profile}, without the
 * document view ({@link CsvRowValue}) and the checks of {@link ObjectFields} that the general path
 * goes through. Most rows of a batch are such rows, and the general path costs about as much per row
 * as scoring it.
 *
 * <p>This is a shortcut, not a second validator: it accepts only a subset of what the general path
 * accepts, a subset it can recognise cheaply (a date {@code YYYY-MM-DD} that exists, a whole number in
 * plain digits, a decimal in plain digits with an optional fraction, an enum constant spelled exactly,
 * {@code true}/{@code false}, a non-blank text within its length, an empty cell for an absent field),
 * and for those it builds the very profile the general path builds: the same values, the same
 * {@link BigDecimal} scales (those of {@link JsonNumberSyntax#decimal}), the same defaults, the same
 * groups and list elements. On anything else it gives up and returns null, and the row is read by the
 * general path, which alone decides what is wrong and says so. It never reports a problem.
 *
 * <p>Built once per header; the per-row code allocates only the profile's own objects (sharing the
 * defaults, such as {@link Research#NONE}, when a group states nothing) and loops by index, since it
 * runs for every row of a batch on every scorer thread.
 */
final class CsvRowFastPath {

    /** A field whose column the header does not have: read as an empty cell. */
    private static final int NO_COLUMN = -1;
    /** A whole number, boolean or enum cell not in the plainly valid subset. */
    private static final int REFUSED = -1;
    /** An empty enum or whole-number cell where absence must be told apart from every value. */
    private static final int ABSENT = -2;
    /** A decimal cell not in the plainly valid subset: compared by identity, never part of a profile. */
    private static final BigDecimal REFUSED_NUMBER = new BigDecimal("-1");
    /** Digits of a whole number that always fit a long, as the general path's shortcut counts them. */
    private static final int MAX_LONG_DIGITS = 18;

    private static final DegreeLevel[] LEVELS = DegreeLevel.values();
    private static final Jlpt[] JLPT = Jlpt.values();
    private static final ExecutivePosition[] POSITIONS = ExecutivePosition.values();
    private static final char[][] LEVEL_NAMES = names(LEVELS);
    private static final char[][] JLPT_NAMES = names(JLPT);
    private static final char[][] POSITION_NAMES = names(POSITIONS);
    private static final char[] TRUE = "true".toCharArray();
    private static final char[] FALSE = "false".toCharArray();
    /** A stated JLPT level, by ordinal: immutable, so one per level serves every row. */
    private static final List<Optional<Jlpt>> JLPT_GIVEN = Stream.of(JLPT).map(Optional::of).toList();

    private final int referenceDate;
    private final int birthDate;
    private final int annualSalaryYen;
    private final int qualifications;
    private final int foreignQualification;
    private final int position;
    private final int growthFieldProject;
    private final int investmentYen;
    private final int[] careerYears;
    private final int[] research;
    private final int[] language;
    private final int[] employer;
    private final int[] training;
    /** The columns of {@code degrees.N.*} for N below the limit of degrees; null where the header has none. */
    private final DegreeColumns[] degrees;
    /** Every column of a degree at or above the limit: a filled one is a list the general path refuses. */
    private final int[] degreesBeyondLimit;
    /** The last reference date cell read: see {@link #referenceDateIn}. */
    private ParsedDate lastReferenceDate;

    /** The columns of one degree, in the order of {@link ProfileReader#DEGREE_FIELDS}, and all of them. */
    private record DegreeColumns(int level, int field, int inJapan, int designatedUniversity, int japaneseMajor,
            int[] all) {
    }

    /**
     * The shortcut for a header, from the places {@link CsvProfileColumns} filed its columns under:
     * top-level fields by name, groups by name then field, degrees by index then field.
     */
    CsvRowFastPath(Map<String, CsvRowValue.Layout> fields, Map<String, Map<String, CsvRowValue.Layout>> groups,
            Map<Integer, Map<String, CsvRowValue.Layout>> degreeElements) {
        referenceDate = column(fields, "referenceDate");
        birthDate = column(fields, "birthDate");
        annualSalaryYen = column(fields, "annualSalaryYen");
        qualifications = column(fields, "japaneseNationalQualifications");
        foreignQualification = column(fields, "foreignQualification");
        position = column(fields, "position");
        growthFieldProject = column(fields, "growthFieldProject");
        investmentYen = column(fields, "investmentYen");
        careerYears = columns(groups.get("careerYears"), ProfileReader.CAREER_FIELDS);
        research = columns(groups.get("research"), ProfileReader.RESEARCH_FIELDS);
        language = columns(groups.get("japaneseLanguage"), ProfileReader.LANGUAGE_FIELDS);
        employer = columns(groups.get("employer"), ProfileReader.EMPLOYER_FIELDS);
        training = columns(groups.get("training"), ProfileReader.TRAINING_FIELDS);
        degrees = new DegreeColumns[ProfileLimits.MAX_DEGREES];
        List<Integer> beyond = new ArrayList<>();
        degreeElements.forEach((index, element) -> {
            int[] byField = columns(element, ProfileReader.DEGREE_FIELDS);
            int[] all = element.values().stream().mapToInt(layout -> ((CsvRowValue.Column) layout).index()).toArray();
            if (index < degrees.length) {
                degrees[index] = new DegreeColumns(byField[0], byField[1], byField[2], byField[3], byField[4], all);
            } else {
                for (int column : all) {
                    beyond.add(column);
                }
            }
        });
        degreesBeyondLimit = beyond.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int column(Map<String, CsvRowValue.Layout> fields, String name) {
        CsvRowValue.Layout layout = fields == null ? null : fields.get(name);
        return layout == null ? NO_COLUMN : ((CsvRowValue.Column) layout).index();
    }

    /** The column of each of {@code names} in a group, {@link #NO_COLUMN} when absent (or the group is). */
    private static int[] columns(Map<String, CsvRowValue.Layout> group, List<String> names) {
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = column(group, names.get(i));
        }
        return columns;
    }

    private static char[][] names(Enum<?>[] constants) {
        char[][] names = new char[constants.length][];
        for (int i = 0; i < names.length; i++) {
            names[i] = constants[i].name().toCharArray();
        }
        return names;
    }

    /**
     * The profile of a row, exactly as {@link ProfileReader#read(ProfileValue, String, List)} reads it,
     * when every cell is plainly valid; null when any is not, or when the row needs a check this class
     * does not make (the general path then reads it).
     */
    Profile read(ProfileReader reader, CsvCells cells) {
        LocalDate reference = referenceDate(reader, cells, referenceDate);
        // The birth date and the salary are required: an empty cell is for the general path to report.
        LocalDate birth = date(cells, birthDate);
        if (reference == null || birth == null || !ProfileReader.birthDateFits(birth, reference)) {
            return null;
        }
        long salary = wholeNumber(cells, annualSalaryYen, REFUSED, 0, ProfileLimits.MAX_ANNUAL_SALARY_YEN);
        long count = wholeNumber(cells, qualifications, 0, 0, ProfileLimits.MAX_COUNT);
        long investment = wholeNumber(cells, investmentYen, 0, 0, ProfileLimits.MAX_INVESTMENT_YEN);
        int foreign = bool(cells, foreignQualification);
        int growth = bool(cells, growthFieldProject);
        int executive = choice(cells, position, POSITION_NAMES, ExecutivePosition.NONE.ordinal());
        if (salary < 0 || count < 0 || investment < 0 || foreign < 0 || growth < 0 || executive < 0) {
            return null;
        }
        List<Degree> degreeList = degrees(cells);
        CareerYears career = careerYears(cells);
        Research achievements = research(cells);
        JapaneseLanguage japanese = japaneseLanguage(cells);
        Employer company = employer(cells);
        Training course = training(cells);
        if (degreeList == null || career == null || achievements == null || japanese == null || company == null
                || course == null) {
            return null;
        }
        return new Profile(reference, birth, salary, degreeList, career, achievements, japanese, (int) count,
                foreign == 1, POSITIONS[executive], company, growth == 1, course, investment);
    }

    /**
     * The reference date as {@code ProfileReader.referenceDate} decides it: the {@code --date} override
     * when there is one (a date in the cell must still be a date, but its range is not checked), else the
     * row's own date if it is within the scorable range, else today when the cell is empty.
     */
    private LocalDate referenceDate(ProfileReader reader, CsvCells cells, int column) {
        LocalDate override = reader.overrideDate();
        if (isEmpty(cells, column)) {
            return override != null ? override : reader.referenceDates().today();
        }
        LocalDate own = referenceDateIn(cells, column);
        if (own == null) {
            return null;
        }
        if (override != null) {
            return override;
        }
        return reader.referenceDates().problem(own).isEmpty() ? own : null;
    }

    /**
     * The date of a filled reference date cell, null when it is no plain date. A file usually gives all
     * its rows the same reference date, so the last one read is kept with its text. The scorer threads
     * share this object and race on the field, harmlessly: the record's fields are final and its text
     * filled before it is made, so a thread sees either no record or a whole one, and any record seen
     * holds a date and the text it was read from.
     */
    private LocalDate referenceDateIn(CsvCells cells, int column) {
        ParsedDate last = lastReferenceDate;
        if (last != null && cells.is(column, last.text())) {
            return last.date();
        }
        LocalDate date = date(cells, column);
        if (date != null) {
            lastReferenceDate = new ParsedDate(cells.text(column).toCharArray(), date);
        }
        return date;
    }

    /** A date cell's text and its date. Never changed, though an array: only this class ever sees it. */
    private record ParsedDate(char[] text, LocalDate date) {
    }

    /**
     * The degrees as the general path lists them: up to the last index with a filled cell, every element
     * up to it needing its level (a gap is an element with none, which the general path refuses).
     */
    private List<Degree> degrees(CsvCells cells) {
        if (anyFilled(cells, degreesBeyondLimit)) {
            return null;
        }
        int size = 0;
        for (int index = degrees.length - 1; index >= 0 && size == 0; index--) {
            if (degrees[index] != null && anyFilled(cells, degrees[index].all())) {
                size = index + 1;
            }
        }
        if (size == 0) {
            return List.of();
        }
        if (size == 1) {
            Degree only = degrees[0] == null ? null : degree(cells, degrees[0]);
            return only == null ? null : List.of(only);
        }
        Degree[] read = new Degree[size];
        for (int index = 0; index < size; index++) {
            read[index] = degrees[index] == null ? null : degree(cells, degrees[index]);
            if (read[index] == null) {
                return null;
            }
        }
        return List.of(read);
    }

    private static Degree degree(CsvCells cells, DegreeColumns columns) {
        // The level is required: an empty one is for the general path to report.
        int level = choice(cells, columns.level(), LEVEL_NAMES, REFUSED);
        int inJapan = bool(cells, columns.inJapan());
        int designated = bool(cells, columns.designatedUniversity());
        int japaneseMajor = bool(cells, columns.japaneseMajor());
        if (level < 0 || inJapan < 0 || designated < 0 || japaneseMajor < 0) {
            return null;
        }
        Optional<String> field = Optional.empty();
        if (!isEmpty(cells, columns.field())) {
            String text = cells.text(columns.field());
            if (text.isBlank() || text.length() > ProfileLimits.MAX_FIELD_LENGTH) {
                return null;
            }
            field = Optional.of(text);
        }
        return new Degree(LEVELS[level], field, inJapan == 1, designated == 1, japaneseMajor == 1);
    }

    private CareerYears careerYears(CsvCells cells) {
        BigDecimal academic = years(cells, careerYears[0]);
        BigDecimal specialized = years(cells, careerYears[1]);
        BigDecimal management = years(cells, careerYears[2]);
        if (academic == REFUSED_NUMBER || specialized == REFUSED_NUMBER || management == REFUSED_NUMBER) {
            return null;
        }
        // The shared default when nothing is stated (identity, not signum: 0.0 is a value of its own).
        boolean none = academic == BigDecimal.ZERO && specialized == BigDecimal.ZERO && management == BigDecimal.ZERO;
        return none ? CareerYears.NONE : new CareerYears(academic, specialized, management);
    }

    private static BigDecimal years(CsvCells cells, int column) {
        return decimal(cells, column, BigDecimal.ZERO, BigDecimal.ZERO, ProfileLimits.MAX_CAREER_YEARS);
    }

    private Research research(CsvCells cells) {
        long patents = wholeNumber(cells, research[0], 0, 0, ProfileLimits.MAX_COUNT);
        long projects = wholeNumber(cells, research[1], 0, 0, ProfileLimits.MAX_COUNT);
        long papers = wholeNumber(cells, research[2], 0, 0, ProfileLimits.MAX_COUNT);
        int other = bool(cells, research[3]);
        if (patents < 0 || projects < 0 || papers < 0 || other < 0) {
            return null;
        }
        if (patents == 0 && projects == 0 && papers == 0 && other == 0) {
            return Research.NONE;
        }
        return new Research((int) patents, (int) projects, (int) papers, other == 1);
    }

    private JapaneseLanguage japaneseLanguage(CsvCells cells) {
        int jlpt = choice(cells, language[0], JLPT_NAMES, ABSENT);
        long bjt = wholeNumber(cells, language[1], ABSENT, ProfileLimits.MIN_BJT_SCORE, ProfileLimits.MAX_BJT_SCORE);
        if (jlpt == REFUSED || bjt == REFUSED) {
            return null;
        }
        if (jlpt == ABSENT && bjt == ABSENT) {
            return JapaneseLanguage.NONE;
        }
        return new JapaneseLanguage(jlpt == ABSENT ? Optional.empty() : JLPT_GIVEN.get(jlpt),
                bjt == ABSENT ? OptionalInt.empty() : OptionalInt.of((int) bjt));
    }

    private Employer employer(CsvCells cells) {
        int innovationSupport = bool(cells, employer[0]);
        int sme = bool(cells, employer[1]);
        BigDecimal ratio = decimal(cells, employer[2], null, BigDecimal.ZERO,
                ProfileLimits.MAX_RD_EXPENSE_RATIO_PERCENT);
        int localGovernment = bool(cells, employer[3]);
        int investmentManagement = bool(cells, employer[4]);
        if (innovationSupport < 0 || sme < 0 || ratio == REFUSED_NUMBER || localGovernment < 0
                || investmentManagement < 0) {
            return null;
        }
        if (innovationSupport == 0 && sme == 0 && ratio == null && localGovernment == 0 && investmentManagement == 0) {
            return Employer.NONE;
        }
        return new Employer(innovationSupport == 1, sme == 1, Optional.ofNullable(ratio), localGovernment == 1,
                investmentManagement == 1);
    }

    private Training training(CsvCells cells) {
        int innovativeAsia = bool(cells, training[0]);
        int atJapaneseUniversity = bool(cells, training[1]);
        if (innovativeAsia < 0 || atJapaneseUniversity < 0) {
            return null;
        }
        if (innovativeAsia == 0 && atJapaneseUniversity == 0) {
            return Training.NONE;
        }
        return new Training(innovativeAsia == 1, atJapaneseUniversity == 1);
    }

    /** A column the header does not have reads as an empty cell. */
    private static boolean isEmpty(CsvCells cells, int column) {
        return column == NO_COLUMN || cells.isEmpty(column);
    }

    private static boolean anyFilled(CsvCells cells, int[] columns) {
        for (int i = 0; i < columns.length; i++) {
            if (!cells.isEmpty(columns[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date {@code YYYY-MM-DD} in ASCII digits that exists; null for anything else, an empty cell
     * included. The day is checked against the month's length here rather than by catching
     * {@code LocalDate.of}'s exception, which would be slow for a row that has to fall back anyway.
     */
    private static LocalDate date(CsvCells cells, int column) {
        if (column == NO_COLUMN || cells.length(column) != 10 || cells.charAt(column, 4) != '-'
                || cells.charAt(column, 7) != '-') {
            return null;
        }
        int year = digits(cells, column, 0, 4);
        int month = digits(cells, column, 5, 7);
        int day = digits(cells, column, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The value of the ASCII digits at {@code [from, to)} of a cell, or -1 when any is not one. */
    private static int digits(CsvCells cells, int column, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = cells.charAt(column, i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A whole number in [min, max] written in plain digits without a leading zero ({@code 0}, {@code 42});
     * {@code ifEmpty} for an empty cell; {@link #REFUSED} for anything else, though the general path
     * accepts some of it ({@code 1.0}, {@code 1e3}, {@code -0}) and will read it.
     */
    private static long wholeNumber(CsvCells cells, int column, long ifEmpty, long min, long max) {
        if (isEmpty(cells, column)) {
            return ifEmpty;
        }
        int length = cells.length(column);
        if (length > MAX_LONG_DIGITS || (length > 1 && cells.charAt(column, 0) == '0')) {
            return REFUSED;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = cells.charAt(column, i);
            if (c < '0' || c > '9') {
                return REFUSED;
            }
            value = value * 10 + (c - '0');
        }
        return value >= min && value <= max ? value : REFUSED;
    }

    /**
     * A number in [min, max] written in plain digits with an optional fraction ({@code 7}, {@code 7.5},
     * {@code 0.25}; not {@code 07}, {@code 7.}, {@code -1} or {@code 1e1}), with the value and scale
     * {@link JsonNumberSyntax#decimal} gives the same text on the general path (the unscaled digits, and
     * as many decimal places as the fraction has: {@code 3.0} and {@code 3} are different values of a
     * profile); {@code ifEmpty} for an empty cell; {@link #REFUSED_NUMBER} for anything else.
     */
    private static BigDecimal decimal(CsvCells cells, int column, BigDecimal ifEmpty, BigDecimal min,
            BigDecimal max) {
        if (isEmpty(cells, column)) {
            return ifEmpty;
        }
        int length = cells.length(column);
        int point = -1;
        long unscaled = 0;
        for (int i = 0; i < length; i++) {
            char c = cells.charAt(column, i);
            if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else {
                return REFUSED_NUMBER;
            }
        }
        int integerDigits = point < 0 ? length : point;
        int digitCount = point < 0 ? length : length - 1;
        if (digitCount > MAX_LONG_DIGITS || (integerDigits > 1 && cells.charAt(column, 0) == '0')) {
            return REFUSED_NUMBER;
        }
        BigDecimal value = BigDecimal.valueOf(unscaled, point < 0 ? 0 : length - 1 - point);
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0 ? value : REFUSED_NUMBER;
    }

    /**
     * 1 for true, 0 for false or an empty cell, {@link #REFUSED} for anything else; {@code true} and
     * {@code false} in any case, compared exactly as {@link CsvRowValue.Cell} compares them.
     */
    private static int bool(CsvCells cells, int column) {
        // The usual spellings first: an exact comparison is cheaper than one ignoring case.
        if (isEmpty(cells, column) || cells.is(column, FALSE)) {
            return 0;
        }
        if (cells.is(column, TRUE) || cells.isIgnoringCase(column, "true")) {
            return 1;
        }
        return cells.isIgnoringCase(column, "false") ? 0 : REFUSED;
    }

    /** The index of the constant spelled exactly as the cell; {@code ifEmpty} for an empty cell, else {@link #REFUSED}. */
    private static int choice(CsvCells cells, int column, char[][] names, int ifEmpty) {
        if (isEmpty(cells, column)) {
            return ifEmpty;
        }
        for (int i = 0; i < names.length; i++) {
            if (cells.is(column, names[i])) {
                return i;
            }
        }
        return REFUSED;
    }
}
