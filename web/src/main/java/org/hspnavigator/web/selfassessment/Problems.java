package org.hspnavigator.web.selfassessment;

import java.util.List;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Violation;

/**
 * The problems the profile reader found with the answers, each shown next to its question and all of
 * them in the summary at the top of the form. A problem about no single question (too many degrees)
 * stands in the summary only. Each is written in the page's language.
 */
final class Problems {

    static final Problems NONE = new Problems(List.of(), Language.EN);

    private final List<Violation> violations;
    private final Language language;

    Problems(List<Violation> violations, Language language) {
        this.violations = List.copyOf(violations);
        this.language = language;
    }

    /** The problems of the answers, in the language of the page's tag {@code lang}. */
    static Problems of(List<Violation> violations, String lang) {
        return new Problems(violations, Language.byTag(lang).orElse(Language.EN));
    }

    /** The problems of one question. */
    List<String> of(String question) {
        return violations.stream().filter(violation -> violation.path().equals(question)).map(violation -> violation.problem(language))
                .toList();
    }

    /** The problems about no question of the form, which only the summary shows. */
    List<String> unplaced() {
        return violations.stream().filter(violation -> !Answers.QUESTIONS.contains(violation.path()))
                .map(violation -> violation.message(language)).toList();
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }
}
