package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A CSV row and the JSON profile with the same values read alike: the same profile, or the same
 * problems in the same words at the same place, on seeded random rows of which many are invalid. The
 * CSV side takes the shortcuts a batch row takes (filled columns as bits, fields known from the header,
 * numbers parsed without BigDecimal); the JSON side takes none of them.
 */
class CsvReadsAsJsonPropertyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));

    private static final String[] BOOLEANS = {"true", "false", "yes", "True"};
    private static final String[] LEVELS = {"DOCTORATE", "MASTER", "BACHELOR", "MBA_MOT", "PROFESSIONAL", "PHD", "master"};
    private static final String[] YEARS = {"0", "3", "7.5", "19.5", "0.25", "-2", "100", "x", "1e1", "07"};
    private static final String[] COUNTS = {"0", "2", "14", "1.5", "2.0", "-1", "1000000", "1e2", "two"};
    private static final String[] BOOLEAN_COLUMNS = {"degrees.0.inJapan", "employer.sme", "employer.innovationSupport",
        "training.innovativeAsia", "foreignQualification"};

    /** Each column with the cells it may hold: right ones mostly, and wrong ones of every kind. */
    private static final Map<String, String[]> POOLS = new LinkedHashMap<>();

    static {
        POOLS.put("referenceDate", new String[] {"2026-11-27", "2025-04-01", "2026-02-30", "2010-01-01",
            "2030-01-01", "27/11/2026"});
        POOLS.put("birthDate", new String[] {"1990-05-17", "1960-01-01", "1999-12-31", "2026-12-01", "1800-01-01",
            "1990-02-30", "abc"});
        POOLS.put("annualSalaryYen", new String[] {"8000000", "12500000", "4000000", "8e6", "8000000.0", "8000000.5",
            "-1", "1e30", "08", "8;000", "0", "10000000000", "10000000001", "123456789012345678901"});
        POOLS.put("degrees.0.level", LEVELS);
        POOLS.put("degrees.0.field", new String[] {"Physics", "経営学", "   ", "x".repeat(300)});
        POOLS.put("degrees.0.inJapan", BOOLEANS);
        POOLS.put("degrees.1.level", LEVELS);
        POOLS.put("degrees.2.designatedUniversity", BOOLEANS);
        POOLS.put("careerYears.academicResearch", YEARS);
        POOLS.put("careerYears.specializedTechnical", YEARS);
        POOLS.put("careerYears.businessManagement", YEARS);
        POOLS.put("research.patents", COUNTS);
        POOLS.put("research.papers", COUNTS);
        POOLS.put("japaneseLanguage.jlpt", new String[] {"N1", "N2", "N5", "n1", "N6"});
        POOLS.put("japaneseLanguage.bjtScore", new String[] {"480", "799", "800", "300", "299", "900", "abc"});
        POOLS.put("japaneseNationalQualifications", COUNTS);
        POOLS.put("foreignQualification", BOOLEANS);
        POOLS.put("position", new String[] {"REPRESENTATIVE", "DIRECTOR", "NONE", "CEO"});
        POOLS.put("employer.sme", BOOLEANS);
        POOLS.put("employer.innovationSupport", BOOLEANS);
        POOLS.put("employer.rdExpenseRatioPercent", new String[] {"0.4", "3.0", "5", "-0.1", "101", "3%"});
        POOLS.put("training.innovativeAsia", BOOLEANS);
        POOLS.put("investmentYen", new String[] {"0", "100000000", "-5", "1e20", "50000000.5"});
    }

    @Test
    void csvRowsReadAsTheSameJsonProfileSeed20261127() throws InvalidInputException {
        List<String> header = List.copyOf(POOLS.keySet());
        // One reader for every row, as a batch's thread reads them: nothing of a row may stay for the next.
        CsvProfileColumns.RowReader rows = CsvProfileColumns.of(header).rowReader(READER);
        SplittableRandom random = new SplittableRandom(20261127);
        int valid = 0;
        int invalid = 0;
        for (int n = 0; n < 3000; n++) {
            List<String> cells = new ArrayList<>();
            for (String[] pool : POOLS.values()) {
                // An empty cell (an absent field) often, the first two (plausible) values mostly, any value at times.
                int roll = random.nextInt(40);
                cells.add(roll < 12 ? "" : roll < 39 ? pool[random.nextInt(2)] : pool[random.nextInt(pool.length)]);
            }
            List<Violation> fromCsv = new ArrayList<>();
            Optional<Profile> csvProfile = rows.read(cells, fromCsv);
            List<Violation> fromJson = new ArrayList<>();
            Optional<Profile> jsonProfile = READER.read(StrictJson.parse(json(header, cells)), "", fromJson);
            String row = String.join(",", cells);
            assertThat(csvProfile).as(row).isEqualTo(jsonProfile);
            assertThat(fromCsv.stream().map(Violation::message).toList()).as(row)
                    .isEqualTo(fromJson.stream().map(v -> new Violation(v.path().replaceAll("\\[(\\d+)]", ".$1"),
                            v.problem()).message()).toList());
            if (csvProfile.isPresent()) {
                valid++;
            } else {
                invalid++;
            }
        }
        // Both sides of the comparison are exercised often.
        assertThat(valid).isGreaterThan(100);
        assertThat(invalid).isGreaterThan(500);
    }

    /** The JSON profile of a row: numbers and booleans as JSON writes them, any other text as a string. */
    private static String json(List<String> header, List<String> cells) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            String[] path = header.get(i).split("\\.");
            Map<String, Object> target = root;
            for (int p = 0; p < path.length - 1; p++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) target.computeIfAbsent(path[p],
                        key -> new LinkedHashMap<String, Object>());
                target = next;
            }
            target.put(path[path.length - 1], literal(header.get(i), cells.get(i)));
        }
        return text(root);
    }

    private static String literal(String column, String cell) {
        boolean booleanColumn = List.of(BOOLEAN_COLUMNS).contains(column) || column.endsWith("designatedUniversity");
        if (booleanColumn && (cell.equals("true") || cell.equals("false"))) {
            return cell;
        }
        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
            // A CSV cell reads TRUE as a boolean; JSON has only lower case.
            return cell.toLowerCase(java.util.Locale.ROOT);
        }
        if (cell.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
                && !column.endsWith("field") && !column.endsWith("Date") && !column.endsWith("level")) {
            return cell;
        }
        return "\"" + cell + "\"";
    }

    /** Objects whose keys are list indexes ("0", "1") become arrays, a missing index an empty object. */
    private static String text(Object value) {
        if (value instanceof String literal) {
            return literal;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        StringBuilder json = new StringBuilder();
        if (!object.isEmpty() && object.keySet().stream().allMatch(key -> key.matches("\\d+"))) {
            int size = object.keySet().stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
            json.append('[');
            for (int i = 0; i < size; i++) {
                json.append(i > 0 ? "," : "").append(text(object.getOrDefault(Integer.toString(i), Map.of())));
            }
            return json.append(']').toString();
        }
        json.append('{');
        object.forEach((key, field) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":")
                .append(text(field)));
        return json.append('}').toString();
    }
}
