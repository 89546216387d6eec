package org.hspnavigator.web.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.system.Problems;

/**
 * The problems of a form the services refused, by the form's field they concern, so that each is shown
 * next to its field and all of them at the top of the form. A problem of a JSON path maps to the field
 * named by the path's first step unless {@code fields} maps the whole path to another field; a problem
 * of no field of the form stays in the summary only, unless a field holds the rest of the document (a
 * profile's text area). Each is written in the page's language. The summary names a field's problem by
 * the field's label, which the page knows, rather than by the JSON path of the request behind the form.
 */
final class FormProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Entry> all;

    /**
     * A line of the summary: the problem of a field of the form ({@code field}, shown after the field's
     * label), or a problem of no such field with its path ({@code field} null). {@code target} is the field the
     * line links to, so that a reader goes from the summary to the field to correct (GOV.UK's error summary):
     * {@code field}, or the field that holds the rest of a document, or null for a problem of the whole form.
     */
    public record Entry(String field, String text, String target) {

        Entry(String field, String text) {
            this(field, text, field);
        }
    }

    private FormProblems(List<Entry> all) {
        this.all = all;
    }

    static final FormProblems NONE = new FormProblems(List.of());

    /**
     * The problems of a refused request, placed on the form's fields by {@code fields} (a path to a field),
     * in the language of the page's tag {@code lang}.
     */
    static FormProblems of(List<Problems.Located> problems, Map<String, String> fields, String lang) {
        return of(problems, fields, null, lang);
    }

    /**
     * The problems of a refused request placed as {@link #of(List, Map, String)} places them, those of no
     * field of {@code fields} on the field {@code rest} (the text area that holds the rest of a document),
     * each named by its path there.
     */
    static FormProblems of(List<Problems.Located> problems, Map<String, String> fields, String rest, String lang) {
        return of(problems, fields, rest, lang, Wording.SERVICES);
    }

    /**
     * The page's own words for some problems, whose services' message would name something the page does
     * not show (another snapshot of the case by its JSON path, {@code snapshots[0]}).
     */
    interface Wording {

        /** The services' words for every problem. */
        Wording SERVICES = (violation, language) -> Optional.empty();

        /** The problem of {@code violation} in the page's words, or empty for the services' own. */
        Optional<String> text(Violation violation, Language language);
    }

    /**
     * The problems placed as {@link #of(List, Map, String, String)} places them, those that {@code wording}
     * words in the page's own words.
     */
    static FormProblems of(List<Problems.Located> problems, Map<String, String> fields, String rest, String lang,
            Wording wording) {
        Language language = Language.byTag(lang).orElse(Language.EN);
        List<Entry> summary = new ArrayList<>();
        FormProblems form = new FormProblems(summary);
        for (Problems.Located problem : problems) {
            String path = problem.violation().path();
            String field = fields.get(path);
            if (field == null) {
                field = fields.get(path.split("[.\\[]", 2)[0]);
            }
            Optional<String> own = wording.text(problem.violation(), language);
            String text = own.orElseGet(() -> problem.violation().problem(language));
            String message = own.map(words -> path.isEmpty() ? words : path + ": " + words)
                    .orElseGet(() -> problem.violation().message(language));
            if (field == null && rest != null) {
                // The field holds a whole document: the problem names the path within it.
                field = rest;
                text = message;
            }
            if (field != null) {
                form.byField.merge(field, text, (a, b) -> a + "; " + b);
            }
            boolean labelled = field != null && !field.equals(rest);
            summary.add(labelled ? new Entry(field, text) : new Entry(null, message, field));
        }
        return form;
    }

    /** A problem of the whole form, in no field. */
    static FormProblems general(String message) {
        return new FormProblems(List.of(new Entry(null, message)));
    }

    /**
     * The same problems, each line of the summary linking to the element {@code elementId} names for its
     * field: for a form whose elements are not named as its fields (the questions' q-degrees-0-level).
     */
    FormProblems linkingTo(UnaryOperator<String> elementId) {
        List<Entry> linked = all.stream().map(entry -> entry.target() == null ? entry
                : new Entry(entry.field(), entry.text(), elementId.apply(entry.target()))).toList();
        FormProblems form = new FormProblems(linked);
        form.byField.putAll(byField);
        return form;
    }

    /** The problem of a field, or null: for the templates. */
    public String at(String field) {
        return byField.get(field);
    }

    /** The problem of each field with one, by field: for the questions of a form that place them themselves. */
    Map<String, String> byField() {
        return Collections.unmodifiableMap(byField);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Every problem, for the summary at the top. */
    public List<Entry> all() {
        return all;
    }

    public boolean any() {
        return !all.isEmpty();
    }
}
