package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A date field (an ISO date, docs/rules.md §18) accepts exactly the {@code YYYY-MM-DD} texts that
 * {@link LocalDate#parse} accepts, and reads them as the same dates, whether written in JSON or in a CSV
 * cell: seeded random texts with months 00 to 13 and days 00 to 32, in leap and common years (1900,
 * 2000, 2024, 2100 among them).
 */
class DateFieldTest {

    private static final int[] YEARS = {1900, 1904, 1990, 1999, 2000, 2023, 2024, 2026, 2100, 0, 9999};

    @Test
    void acceptsWhatLocalDateParseAccepts() {
        SplittableRandom random = new SplittableRandom(20261127);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02d", YEARS[random.nextInt(YEARS.length)], random.nextInt(14),
                    random.nextInt(33));
            Optional<LocalDate> expected = parsed(text);
            List<Violation> violations = new ArrayList<>();
            Optional<LocalDate> read = fields(text, violations).date("d");
            assertThat(read).as(text).isEqualTo(expected);
            List<Problem> cellProblems = new ArrayList<>();
            LocalDate fromCell = ValueParsers.date(new CsvCell().row(CsvCells.of(List.of(text))).at(0), cellProblems::add);
            assertThat(Optional.ofNullable(fromCell)).as(text).isEqualTo(expected);
            assertThat(cellProblems).as(text).isEqualTo(violations.stream().map(Violation::reason).toList());
            if (expected.isPresent()) {
                accepted++;
                assertThat(violations).as(text).isEmpty();
            } else {
                assertThat(violations).as(text).singleElement()
                        .extracting(Violation::message).isEqualTo("d: \"" + text + "\" is not a real date");
            }
        }
        assertThat(accepted).as("real and unreal dates were both drawn").isBetween(1, 19_999);
    }

    private static Optional<LocalDate> parsed(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static JsonFields fields(String date, List<Violation> violations) {
        var object = StrictJson.nodes().objectNode();
        object.put("d", date);
        return JsonFields.of(object, "", violations, List.of("d"), "a test object").orElseThrow();
    }
}
