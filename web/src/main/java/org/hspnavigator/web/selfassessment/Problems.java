package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Violation;

/**
 * The problems found with the answers, each shown next to its question and all of them in the summary at
 * the top of the form. A problem about no single question (too many degrees) stands in the summary only.
 * Each is written in the page's language: the profile reader's words, or those of a page that words some
 * problems itself (the workspace names another snapshot by its date).
 */
final class Problems {

    static final Problems NONE = new Problems(Map.of(), List.of());

    private final Map<String, List<String>> byQuestion;
    private final List<String> unplaced;

    private Problems(Map<String, List<String>> byQuestion, List<String> unplaced) {
        this.byQuestion = byQuestion;
        this.unplaced = unplaced;
    }

    /** The problems of the answers, in the language of the page's tag {@code lang}. */
    static Problems of(List<Violation> violations, String lang) {
        Language language = Language.byTag(lang).orElse(Language.EN);
        Map<String, List<String>> byQuestion = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (Violation violation : violations) {
            if (Answers.QUESTIONS.contains(violation.path())) {
                byQuestion.computeIfAbsent(violation.path(), question -> new ArrayList<>())
                        .add(violation.problem(language));
            } else {
                unplaced.add(violation.message(language));
            }
        }
        return new Problems(byQuestion, List.copyOf(unplaced));
    }

    /** The problem of each question as a page words it, by question name; the page summarises them itself. */
    static Problems worded(Map<String, String> byQuestion) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        byQuestion.forEach((question, text) -> texts.put(question, List.of(text)));
        return new Problems(texts, List.of());
    }

    /** The problems of one question. */
    List<String> of(String question) {
        return byQuestion.getOrDefault(question, List.of());
    }

    /** The problems about no question of the form, which only the summary shows. */
    List<String> unplaced() {
        return unplaced;
    }

    boolean isEmpty() {
        return byQuestion.isEmpty() && unplaced.isEmpty();
    }
}
