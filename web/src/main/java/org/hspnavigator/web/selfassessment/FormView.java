package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hspnavigator.formats.profile.ProfileField;

/**
 * The form's sections with their questions, the answers given and the problems found, as the form
 * page shows them.
 *
 * @param sections every section, in order
 * @param problems the problems about no single question, for the summary
 */
record FormView(List<Section> sections, List<String> problems) {

    /**
     * One section: its questions, in groups (one per degree for the degrees, else one).
     *
     * @param id     the section's id ({@code degrees})
     * @param groups the questions, grouped
     */
    record Section(String id, List<List<Question>> groups) {

        /** Whether group {@code index} holds an answer or a problem, so that it is shown unfolded. */
        public boolean answered(int index) {
            return groups.get(index).stream().anyMatch(question -> question.hasProblems() || !question.value().isEmpty());
        }

        /** Whether each group is a degree of its own, shown with its number. */
        public boolean perDegree() {
            return id.equals(FormSection.DEGREES.id());
        }
    }

    static FormView of(Answers answers, Problems problems) {
        return of(answers, problems, Set.of());
    }

    /**
     * The form without the questions of {@code askedElsewhere}, which the page asks in its own way (the
     * workspace asks the reference date as the snapshot's date, and needs no label of the applicant).
     */
    static FormView of(Answers answers, Problems problems, Set<String> askedElsewhere) {
        List<Section> sections = new ArrayList<>();
        for (FormSection section : FormSection.values()) {
            List<List<Question>> groups = new ArrayList<>();
            int times = section.perDegree() ? FormSection.DEGREE_SLOTS : 1;
            for (int element = 0; element < times; element++) {
                List<Question> questions = new ArrayList<>();
                for (ProfileField field : section.fields()) {
                    Question question = Question.of(field, element, answers, problems);
                    if (!askedElsewhere.contains(question.name())) {
                        questions.add(question);
                    }
                }
                groups.add(List.copyOf(questions));
            }
            sections.add(new Section(section.id(), List.copyOf(groups)));
        }
        return new FormView(List.copyOf(sections), problems.unplaced());
    }

    /** The questions with problems, in the order of the form, for the summary at the top. */
    public List<Question> questionsWithProblems() {
        return sections.stream().flatMap(section -> section.groups().stream()).flatMap(List::stream)
                .filter(Question::hasProblems).toList();
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || !questionsWithProblems().isEmpty();
    }
}
