package org.hspnavigator.web.selfassessment;

import java.util.List;
import org.hspnavigator.formats.validation.Violation;

/**
 * The problems the profile reader found with the answers, each shown next to its question and all of
 * them in the summary at the top of the form. A problem about no single question (too many degrees)
 * stands in the summary only.
 */
final class Problems {

    static final Problems NONE = new Problems(List.of());

    private final List<Violation> violations;

    Problems(List<Violation> violations) {
        this.violations = List.copyOf(violations);
    }

    /** The problems of one question. */
    List<String> of(String question) {
        return violations.stream().filter(violation -> violation.path().equals(question)).map(Violation::problem)
                .toList();
    }

    /** The problems about no question of the form, which only the summary shows. */
    List<String> unplaced() {
        return violations.stream().filter(violation -> !Answers.QUESTIONS.contains(violation.path()))
                .map(Violation::message).toList();
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }
}
