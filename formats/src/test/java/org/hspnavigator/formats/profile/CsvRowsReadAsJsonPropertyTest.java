package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CSV row reads as the JSON profile that holds the same values: the same profile, or the same
 * problems in the same words, named by column instead of JSON path. On seeded random headers (random
 * columns in random order, degrees at several indexes with gaps and beyond the limit) and seeded
 * random rows whose cells are mostly right and often nearly right (leading zeros, signs, exponents,
 * spaces, full-width digits, other spellings of booleans and enum names, impossible dates, values at
 * and one past every limit), with and without a {@code --date} override. The JSON profile writes a
 * cell as a number or a boolean where its field takes one and the text is one in JSON (booleans in
 * lower case), and as a string otherwise, after reading a spreadsheet's forms as the CSV cell does
 * (full-width characters, surrounding spaces, 2026/12/01, 8,000,000; {@link SpreadsheetForms}). Also on a fixed header whose columns each draw from a pool of
 * right and wrong cells. Both kinds of row must be common, and a mostly valid sample must read mostly as
 * profiles, or the agreement would prove little.
 */
class CsvRowsReadAsJsonPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate EARLIEST = RuleBook.official().earliestDate();
    private static final ProfileReader READER = new ProfileReader(new ReferenceDates(CLOCK, EARLIEST));
    private static final LocalDate LATEST = TODAY.plusYears(ProfileLimits.MAX_YEARS_AHEAD);

    /** Degree indexes a header may have: the first ones mostly, gaps, the last one allowed and beyond. */
    private static final int[] DEGREE_INDEXES = {0, 1, 2, 3, 5, ProfileLimits.MAX_DEGREES - 1,
        ProfileLimits.MAX_DEGREES, 64, 100};

    private enum Kind { DATE, REFERENCE_DATE, SALARY, COUNT, BJT, INVESTMENT, YEARS, RATIO, BOOL, LEVEL, FIELD, JLPT,
        POSITION }

    private record Field(String column, Kind kind) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("referenceDate", Kind.REFERENCE_DATE),
            new Field("birthDate", Kind.DATE),
            new Field("annualSalaryYen", Kind.SALARY),
            new Field("careerYears.academicResearch", Kind.YEARS),
            new Field("careerYears.specializedTechnical", Kind.YEARS),
            new Field("careerYears.businessManagement", Kind.YEARS),
            new Field("research.patents", Kind.COUNT),
            new Field("research.grantFundedProjects", Kind.COUNT),
            new Field("research.papers", Kind.COUNT),
            new Field("research.otherRecognized", Kind.BOOL),
            new Field("japaneseLanguage.jlpt", Kind.JLPT),
            new Field("japaneseLanguage.bjtScore", Kind.BJT),
            new Field("japaneseNationalQualifications", Kind.COUNT),
            new Field("foreignQualification", Kind.BOOL),
            new Field("position", Kind.POSITION),
            new Field("employer.innovationSupport", Kind.BOOL),
            new Field("employer.sme", Kind.BOOL),
            new Field("employer.rdExpenseRatioPercent", Kind.RATIO),
            new Field("employer.localGovernmentSupport", Kind.BOOL),
            new Field("employer.investmentManagementBusiness", Kind.BOOL),
            new Field("growthFieldProject", Kind.BOOL),
            new Field("training.innovativeAsia", Kind.BOOL),
            new Field("training.atJapaneseUniversity", Kind.BOOL),
            new Field("investmentYen", Kind.INVESTMENT));

    private static final List<String> DEGREE_COLUMNS = List.of("level", "field", "inJapan", "designatedUniversity",
            "japaneseMajor");
    private static final List<Kind> DEGREE_KINDS = List.of(Kind.LEVEL, Kind.FIELD, Kind.BOOL, Kind.BOOL, Kind.BOOL);

    /** Wrong or nearly right cells that any column may get. */
    private static final String[] ANY_NEAR_MISS = {" ", "  7", "7 ", "null", "-", "\t", "x", "0x10", "１"};
    private static final String[] NUMBER_NEAR_MISS = {"007", "00", "+1", "1.0", "1.00", "1e3", "1E2", "-0", "-0.0",
        " 7", "7 ", "７", "1,000", "1.", ".5", "-1", "1e99999999999", "0.0", "5.50", "123456789012345678901", "0e5",
        "1e-2", "-5"};
    private static final String[] BOOL_NEAR_MISS = {"TRUE", "True", "FALSE", "fAlSe", "yes", "no", "1", "0", " true",
        "true ", "T", "ｔｒｕｅ"};
    private static final String[] DATE_NEAR_MISS = {"2026-02-30", "2026-1-05", "2026/01/05", "２０２６-01-05",
        "2023-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "9999-12-31",
        " 2026-01-05", "2026-01-05 ", "26-01-05", "1990-05-17T00:00"};
    private static final String[] ENUM_NEAR_MISS = {"master", "Master", "PHD", "n1", "N6", "CEO", "none", " NONE",
        "NONE ", "ＮＯＮＥ"};
    private static final String[] FIELD_VALUES = {"Physics", "経営学", "Law, international", "x".repeat(
        ProfileLimits.MAX_FIELD_LENGTH), " Physics ", "a"};
    private static final String[] FIELD_NEAR_MISS = {"   ", "\t", "\u3000", "x".repeat(
        ProfileLimits.MAX_FIELD_LENGTH + 1), "\u2003"};

    /** A fixed header, each column with the cells it may hold: right ones first, then wrong ones of every kind. */
    private static final Map<String, String[]> POOLS = new LinkedHashMap<>();

    static {
        String[] booleans = {"true", "false", "yes", "True"};
        String[] levels = {"DOCTORATE", "MASTER", "BACHELOR", "MBA_MOT", "PROFESSIONAL", "PHD", "master"};
        String[] years = {"0", "3", "7.5", "19.5", "0.25", "-2", "100", "x", "1e1", "07"};
        String[] counts = {"0", "2", "14", "1.5", "2.0", "-1", "1000000", "1e2", "two"};
        POOLS.put("referenceDate", new String[] {"2026-11-27", "2025-04-01", "2026-02-30", "2010-01-01",
            "2030-01-01", "27/11/2026"});
        POOLS.put("birthDate", new String[] {"1990-05-17", "1960-01-01", "1999-12-31", "2026-12-01", "1800-01-01",
            "1990-02-30", "abc"});
        POOLS.put("annualSalaryYen", new String[] {"8000000", "12500000", "4000000", "8e6", "8000000.0", "8000000.5",
            "-1", "1e30", "08", "8;000", "0", "10000000000", "10000000001", "123456789012345678901"});
        POOLS.put("degrees.0.level", levels);
        POOLS.put("degrees.0.field", new String[] {"Physics", "経営学", "   ", "x".repeat(300)});
        POOLS.put("degrees.0.inJapan", booleans);
        POOLS.put("degrees.1.level", levels);
        POOLS.put("degrees.2.designatedUniversity", booleans);
        POOLS.put("careerYears.academicResearch", years);
        POOLS.put("careerYears.specializedTechnical", years);
        POOLS.put("careerYears.businessManagement", years);
        POOLS.put("research.patents", counts);
        POOLS.put("research.papers", counts);
        POOLS.put("japaneseLanguage.jlpt", new String[] {"N1", "N2", "N5", "n1", "N6"});
        POOLS.put("japaneseLanguage.bjtScore", new String[] {"480", "799", "800", "300", "299", "900", "abc"});
        POOLS.put("japaneseNationalQualifications", counts);
        POOLS.put("foreignQualification", booleans);
        POOLS.put("position", new String[] {"REPRESENTATIVE", "DIRECTOR", "NONE", "CEO"});
        POOLS.put("employer.sme", booleans);
        POOLS.put("employer.innovationSupport", booleans);
        POOLS.put("employer.rdExpenseRatioPercent", new String[] {"0.4", "3.0", "5", "-0.1", "101", "3%"});
        POOLS.put("training.innovativeAsia", booleans);
        POOLS.put("investmentYen", new String[] {"0", "100000000", "-5", "1e20", "50000000.5"});
    }

    /** One sample of rows: how many were read as profiles. */
    private record Counts(int rows, int accepted) {
    }

    @Test
    void rowsReadAsTheirJsonProfileSeed20261127() throws InvalidInputException {
        Counts counts = sample(new SplittableRandom(20261127L), 200, 40, 0.15);
        // Both kinds of row occur often: accepted ones, and refused ones whose problems are compared.
        assertThat(counts.accepted()).isGreaterThan(counts.rows() / 10);
        assertThat(counts.rows() - counts.accepted()).isGreaterThan(counts.rows() / 3);
    }

    @Test
    void aMostlyValidSampleReadsMostlyAsProfilesSeed1127() throws InvalidInputException {
        Counts counts = sample(new SplittableRandom(1127L), 60, 50, 0.01);
        assertThat(counts.accepted()).isGreaterThan(counts.rows() / 2);
    }

    @Test
    void rowsOfAFixedHeaderReadAsTheirJsonProfileSeed20261127() throws InvalidInputException {
        List<Field> header = POOLS.keySet().stream().map(column -> new Field(column, Kind.FIELD)).toList();
        CsvProfileColumns.RowReader rowReader = CsvProfileColumns.of(List.copyOf(POOLS.keySet())).rowReader(READER);
        SplittableRandom random = new SplittableRandom(20261127);
        int accepted = 0;
        for (int n = 0; n < 3000; n++) {
            List<String> cells = new ArrayList<>();
            for (String[] pool : POOLS.values()) {
                // An empty cell (a field left out) often, the first two (plausible) values mostly, any value at times.
                int roll = random.nextInt(40);
                cells.add(roll < 12 ? "" : roll < 39 ? pool[random.nextInt(2)] : pool[random.nextInt(pool.length)]);
            }
            accepted += compare(rowReader, READER, header, cells) ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(100);
        assertThat(3000 - accepted).isGreaterThan(500);
    }

    /**
     * Reads {@code headers} random headers × {@code rowsPerHeader} random rows as CSV and as JSON and
     * checks that they agree; {@code nearMisses} is the share of filled cells that are nearly right.
     */
    private static Counts sample(SplittableRandom random, int headers, int rowsPerHeader, double nearMisses)
            throws InvalidInputException {
        int rows = 0;
        int accepted = 0;
        for (int h = 0; h < headers; h++) {
            List<Field> header = header(random);
            ProfileReader reader = random.nextInt(4) == 0
                    ? READER.withReferenceDate(date(random, EARLIEST, LATEST), "origin.dateOption") : READER;
            // One reader for every row of the header, as a batch's thread reads them.
            CsvProfileColumns.RowReader rowReader = CsvProfileColumns.of(header.stream().map(Field::column).toList())
                    .rowReader(reader);
            for (int r = 0; r < rowsPerHeader; r++) {
                List<String> cells = row(random, header, nearMisses);
                rows++;
                accepted += compare(rowReader, reader, header, cells) ? 1 : 0;
            }
        }
        return new Counts(rows, accepted);
    }

    /** Checks one row both ways; whether it was read as a profile. */
    private static boolean compare(CsvProfileColumns.RowReader rows, ProfileReader reader, List<Field> header,
            List<String> cells) throws InvalidInputException {
        List<Violation> fromCsv = new ArrayList<>();
        Optional<Profile> csv = rows.read(cells, fromCsv);
        List<Violation> fromJson = new ArrayList<>();
        Optional<Profile> json = reader.read(StrictJson.parse(json(header, cells)), "", fromJson);
        String row = String.join(",", cells);
        assertThat(csv).as(row).isEqualTo(json);
        assertThat(fromCsv.stream().map(Violation::message).toList()).as(row).isEqualTo(fromJson.stream()
                .map(v -> csvViolation(header, cells, v.path().replaceAll("\\[(\\d+)]", ".$1"), v.problem())).toList());
        return csv.isPresent();
    }

    /**
     * The message of a violation of JSON as a CSV cell says it: a refused number or date is also told the spreadsheet
     * forms a cell may take, and a date read in a spreadsheet's form and found no real date is named as
     * the cell wrote it.
     */
    private static String csvViolation(List<Field> header, List<String> cells, String column, String problem) {
        if (problem.startsWith("expected a number of ")) {
            return column + ": " + problem + "; write digits, as 8000000 or 8,000,000 (a comma separates thousands,"
                    + " a dot starts the fraction)";
        }
        if (problem.endsWith("is not a date in the form YYYY-MM-DD")) {
            return column + ": " + problem + " (2026/12/01 is read too)";
        }
        if (problem.endsWith("\" is not a real date")) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).column().equals(column)) {
                    return column + ": \"" + cells.get(i) + "\" is not a real date";
                }
            }
        }
        return column + ": " + problem;
    }

    /** The JSON profile of a row: the cells of the profile's columns, typed as their fields take them. */
    private static String json(List<Field> header, List<String> cells) {
        ObjectNode root = StrictJson.nodes().objectNode();
        for (int i = 0; i < header.size(); i++) {
            String cell = cells.get(i);
            if (header.get(i).kind() == null || cell.isEmpty()) {
                continue;
            }
            String[] path = header.get(i).column().split("\\.");
            ObjectNode parent = root;
            if (path.length == 3) {
                ArrayNode list = root.has(path[0]) ? (ArrayNode) root.get(path[0]) : root.putArray(path[0]);
                int index = Integer.parseInt(path[1]);
                while (list.size() <= index) {
                    list.addObject();
                }
                parent = (ObjectNode) list.get(index);
            } else if (path.length == 2) {
                parent = root.has(path[0]) ? (ObjectNode) root.get(path[0]) : root.putObject(path[0]);
            }
            String name = path[path.length - 1];
            // A cell in a spreadsheet's form holds the value of its strict form (SpreadsheetForms).
            String plain = SpreadsheetForms.plain(cell);
            switch (typeOf(header.get(i).column())) {
                case BOOLEAN -> {
                    if (plain.equalsIgnoreCase("true") || plain.equalsIgnoreCase("false")) {
                        parent.put(name, plain.equalsIgnoreCase("true"));
                    } else {
                        parent.put(name, cell);
                    }
                }
                case WHOLE_NUMBER, DECIMAL -> {
                    BigDecimal number = jsonNumber(cell) != null ? jsonNumber(cell) : jsonNumber(SpreadsheetForms.number(cell));
                    if (number != null) {
                        parent.put(name, number);
                    } else {
                        parent.put(name, cell);
                    }
                }
                case DATE -> parent.put(name, IsoDate.parse(cell) == null && IsoDate.hasIsoForm(SpreadsheetForms.date(cell))
                        ? SpreadsheetForms.date(cell) : cell);
                case CHOICE -> parent.put(name, plain);
                default -> parent.put(name, cell);
            }
        }
        return StrictJson.toText(root);
    }

    private static FieldType typeOf(String column) {
        String pattern = column.replaceAll("\\.\\d+\\.", "." + ProfileField.INDEX + ".");
        return Stream.of(ProfileField.values()).filter(field -> field.csvColumnPattern().equals(pattern)).findFirst()
                .orElseThrow().type();
    }

    /** The number of a text JSON writes as a number (RFC 8259), or null. */
    private static BigDecimal jsonNumber(String text) {
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException exponentOutOfRange) {
            return null;
        }
    }

    /** Some of the known columns in a random order, the required ones nearly always, perhaps an id. */
    private static List<Field> header(SplittableRandom random) {
        List<Field> header = new ArrayList<>();
        for (Field field : FIELDS) {
            boolean required = field.column().equals("birthDate") || field.column().equals("annualSalaryYen");
            if (random.nextInt(100) < (required ? 97 : 55)) {
                header.add(field);
            }
        }
        if (random.nextBoolean()) {
            header.add(new Field(CsvProfileColumns.ID, null));
        }
        int degrees = random.nextInt(4);
        for (int d = 0; d < degrees; d++) {
            int index = random.nextInt(3) > 0 ? d : DEGREE_INDEXES[random.nextInt(DEGREE_INDEXES.length)];
            for (int f = 0; f < DEGREE_COLUMNS.size(); f++) {
                String column = "degrees." + index + "." + DEGREE_COLUMNS.get(f);
                boolean taken = header.stream().anyMatch(field -> field.column().equals(column));
                if (!taken && (f == 0 ? random.nextInt(10) > 0 : random.nextBoolean())) {
                    header.add(new Field(column, DEGREE_KINDS.get(f)));
                }
            }
        }
        Collections.shuffle(header, new java.util.Random(random.nextLong()));
        return header;
    }

    /**
     * A row for the header: many cells empty, most filled ones right, some nearly right. Degrees are
     * filled from the first index on, so that most lists have no gap, but not always.
     */
    private static List<String> row(SplittableRandom random, List<Field> header, double nearMisses) {
        int degreesFilled = random.nextInt(4);
        List<String> cells = new ArrayList<>();
        for (Field field : header) {
            if (field.kind() == null) {
                cells.add("C" + random.nextInt(1000));
                continue;
            }
            boolean degree = field.column().startsWith("degrees.");
            boolean filled = degree ? degreeFilled(random, field, degreesFilled) : random.nextInt(100) < 55
                    || field.column().equals("birthDate") || field.column().equals("annualSalaryYen");
            if (!filled) {
                cells.add("");
            } else if (random.nextDouble() < nearMisses) {
                cells.add(nearMiss(random, field.kind()));
            } else {
                cells.add(valid(random, field.kind()));
            }
        }
        return cells;
    }

    private static boolean degreeFilled(SplittableRandom random, Field field, int degreesFilled) {
        int index = Integer.parseInt(field.column().split("\\.")[1]);
        if (index >= degreesFilled) {
            return random.nextInt(50) == 0;
        }
        return field.kind() == Kind.LEVEL ? random.nextInt(50) > 0 : random.nextBoolean();
    }

    private static String valid(SplittableRandom random, Kind kind) {
        return switch (kind) {
            case DATE -> birthDate(random);
            case REFERENCE_DATE -> random.nextInt(3) == 0 ? "" : referenceDate(random);
            case SALARY -> whole(random, 0, ProfileLimits.MAX_ANNUAL_SALARY_YEN, 2_000_000, 20_000_000);
            case COUNT -> whole(random, 0, ProfileLimits.MAX_COUNT, 0, 20);
            case BJT -> whole(random, ProfileLimits.MIN_BJT_SCORE, ProfileLimits.MAX_BJT_SCORE, 300, 800);
            case INVESTMENT -> whole(random, 0, ProfileLimits.MAX_INVESTMENT_YEN, 0, 500_000_000);
            case YEARS -> decimal(random, ProfileLimits.MAX_CAREER_YEARS);
            case RATIO -> decimal(random, ProfileLimits.MAX_RD_EXPENSE_RATIO_PERCENT);
            case BOOL -> random.nextBoolean() ? "true" : "false";
            case LEVEL -> DegreeLevel.values()[random.nextInt(DegreeLevel.values().length)].name();
            case FIELD -> FIELD_VALUES[random.nextInt(FIELD_VALUES.length)];
            case JLPT -> Jlpt.values()[random.nextInt(Jlpt.values().length)].name();
            case POSITION -> ExecutivePosition.values()[random.nextInt(ExecutivePosition.values().length)].name();
        };
    }

    private static String nearMiss(SplittableRandom random, Kind kind) {
        if (random.nextInt(5) == 0) {
            return pick(random, ANY_NEAR_MISS);
        }
        return switch (kind) {
            case DATE, REFERENCE_DATE -> random.nextBoolean() ? pick(random, DATE_NEAR_MISS) : edgeDate(random);
            case SALARY -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS)
                    : edgeWhole(random, ProfileLimits.MAX_ANNUAL_SALARY_YEN);
            case COUNT -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS) : edgeWhole(random, ProfileLimits.MAX_COUNT);
            case BJT -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS) : edgeWhole(random, ProfileLimits.MAX_BJT_SCORE);
            case INVESTMENT -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS)
                    : edgeWhole(random, ProfileLimits.MAX_INVESTMENT_YEN);
            case YEARS -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS)
                    : edgeDecimal(random, ProfileLimits.MAX_CAREER_YEARS);
            case RATIO -> random.nextBoolean() ? pick(random, NUMBER_NEAR_MISS)
                    : edgeDecimal(random, ProfileLimits.MAX_RD_EXPENSE_RATIO_PERCENT);
            case BOOL -> pick(random, BOOL_NEAR_MISS);
            case LEVEL, JLPT, POSITION -> pick(random, ENUM_NEAR_MISS);
            case FIELD -> pick(random, FIELD_NEAR_MISS);
        };
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A whole number within the limits: usually a typical one, sometimes anywhere, sometimes a limit. */
    private static String whole(SplittableRandom random, long min, long max, long typicalMin, long typicalMax) {
        int roll = random.nextInt(10);
        long value = roll == 0 ? min : roll == 1 ? max : roll == 2 ? random.nextLong(min, max + 1)
                : random.nextLong(typicalMin, typicalMax + 1);
        return Long.toString(value);
    }

    /** Around a limit: the limit itself and one past it on either side, written plainly or not. */
    private static String edgeWhole(SplittableRandom random, long max) {
        return switch (random.nextInt(6)) {
            case 0 -> Long.toString(max);
            case 1 -> Long.toString(max + 1);
            case 2 -> "-1";
            case 3 -> "0";
            case 4 -> max + ".0";
            default -> "0" + max;
        };
    }

    /** A decimal within [0, max]: whole, or with one to three fraction digits (trailing zeros kept). */
    private static String decimal(SplittableRandom random, BigDecimal max) {
        int whole = random.nextInt(max.intValue() + 1);
        if (whole == max.intValue() || random.nextBoolean()) {
            return random.nextInt(8) == 0 && whole == max.intValue() ? whole + ".0" : Integer.toString(whole);
        }
        int digits = 1 + random.nextInt(3);
        StringBuilder fraction = new StringBuilder();
        for (int d = 0; d < digits; d++) {
            fraction.append(random.nextInt(10));
        }
        return whole + "." + fraction;
    }

    private static String edgeDecimal(SplittableRandom random, BigDecimal max) {
        return switch (random.nextInt(7)) {
            case 0 -> max.toPlainString();
            case 1 -> max.toPlainString() + ".000";
            case 2 -> max.toPlainString() + ".001";
            case 3 -> max.add(BigDecimal.ONE).toPlainString();
            case 4 -> "0.00";
            case 5 -> "-0.01";
            default -> "0.000000000000000001";
        };
    }

    /** A birth date that usually fits (ages 18 to 70 today), sometimes near the age limit. */
    private static String birthDate(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return edgeDate(random);
        }
        return date(random, TODAY.minusYears(70), TODAY.minusYears(18)).toString();
    }

    /** A reference date within the scorable range, its edges included. */
    private static String referenceDate(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> EARLIEST.toString();
            case 1 -> LATEST.toString();
            default -> date(random, EARLIEST, LATEST).toString();
        };
    }

    /**
     * A date at one of the edges: of the scorable range, of the age limit, around today (a birth date on
     * or after the reference date), leap days.
     */
    private static String edgeDate(SplittableRandom random) {
        LocalDate[] edges = {EARLIEST, EARLIEST.minusDays(1), LATEST, LATEST.plusDays(1), TODAY, TODAY.minusDays(1),
            TODAY.plusDays(1), TODAY.minusYears(ProfileLimits.MAX_AGE_YEARS),
            TODAY.minusYears(ProfileLimits.MAX_AGE_YEARS + 1), TODAY.minusYears(ProfileLimits.MAX_AGE_YEARS + 1).plusDays(1),
            LocalDate.of(2024, 2, 29), LocalDate.of(2000, 2, 29), LocalDate.of(1904, 2, 29)};
        return edges[random.nextInt(edges.length)].toString();
    }

    private static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
        return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
    }
}
