package org.hspnavigator.web.selfassessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.util.MultiValueMap;

/**
 * The answers of the self-assessment form, as the browser sent them: one text per question, named by
 * the question's CSV column ({@code birthDate}, {@code degrees.0.level}), and the work chosen on the
 * start page. A profile is read from them as a row of {@code hsp batch}'s CSV file is, by the one
 * profile reader, so that the pages check and score exactly as the command line and the API do, and
 * name a problem by the question it is about.
 */
final class Answers {

    /** The parameter of the work chosen on the start page; not a profile field. */
    static final String WORK = "work";

    /** The field each question asks, by the question's name, in the order of the form. */
    static final Map<String, ProfileField> FIELDS = fields();

    /** Every question's name, in the order of the form: the columns of the one-row CSV file read. */
    static final List<String> QUESTIONS = List.copyOf(FIELDS.keySet());

    private static final CsvProfileColumns COLUMNS = columns();

    private final Map<String, String> values;
    private final Optional<Category> work;

    private Answers(Map<String, String> values, Optional<Category> work) {
        this.values = values;
        this.work = work;
    }

    /**
     * The answers among the request's parameters; other parameters are ignored, as a form may carry
     * buttons. Surrounding spaces are dropped, as a browser's autofill adds them.
     */
    static Answers of(MultiValueMap<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            String given = parameters.getFirst(question);
            values.put(question, given == null ? "" : given.strip());
        }
        Optional<Category> work = Optional.ofNullable(parameters.getFirst(WORK)).flatMap(Answers::category);
        return new Answers(Collections.unmodifiableMap(values), work);
    }

    private static Optional<Category> category(String name) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** The answer to a question, empty when it was left out. */
    String value(String question) {
        return values.getOrDefault(question, "");
    }

    /** Every answer by question name, in the order of the form; empty for a question left out. */
    Map<String, String> values() {
        return values;
    }

    /** The answers given, by question name, in the order of the form, without those left out. */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((question, value) -> {
            if (!value.isEmpty()) {
                given.put(question, value);
            }
        });
        return given;
    }

    /** The work chosen on the start page; empty for "not sure: compare all three". */
    Optional<Category> work() {
        return work;
    }

    /** Whether nothing was answered yet (the form opened from the start page). */
    boolean isEmpty() {
        return values.values().stream().allMatch(String::isEmpty);
    }

    /** The profile of the answers, or every problem found, each named by its question. */
    Profile profile(ProfileReader reader) throws InvalidInputException {
        List<Violation> violations = new ArrayList<>();
        Optional<Profile> profile = read(reader, cells(), violations);
        if (profile.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return profile.get();
    }

    /** The answers as the cells of a CSV row, one per question of {@link #QUESTIONS}, in order. */
    List<String> cells() {
        return QUESTIONS.stream().map(values::get).toList();
    }

    /**
     * The profile of answers given as cells in the order of {@link #QUESTIONS} (answers changed to try
     * another option), read as {@link #profile} reads them; empty with the problems added otherwise.
     */
    static Optional<Profile> read(ProfileReader reader, List<String> cells, List<Violation> violations) {
        return COLUMNS.rowReader(reader).read(cells, violations);
    }

    /**
     * The answers as a query string ({@code birthDate=1994-03-10&...}), without the questions left out:
     * a link that carries them to another page or language stores nothing on the server.
     */
    String query() {
        StringJoiner query = new StringJoiner("&");
        work.ifPresent(category -> query.add(WORK + "=" + category.name()));
        values.forEach((question, value) -> {
            if (!value.isEmpty()) {
                query.add(question + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static Map<String, ProfileField> fields() {
        Map<String, ProfileField> fields = new LinkedHashMap<>();
        for (FormSection section : FormSection.values()) {
            int times = section.perDegree() ? FormSection.DEGREE_SLOTS : 1;
            for (int element = 0; element < times; element++) {
                for (ProfileField field : section.fields()) {
                    fields.put(field.inList() ? field.csvColumn(element) : field.csvColumn(), field);
                }
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static CsvProfileColumns columns() {
        try {
            return CsvProfileColumns.of(QUESTIONS);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the form's questions are no profile columns: " + e.violations(), e);
        }
    }
}
