package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.profile.ProfileField;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "What if": the answers with one of them changed, scored beside the answers as given. The change
 * comes in the query of the results page ({@code change} names the question, {@code to} the new
 * answer), so a small form without script asks it and the page shows both columns.
 *
 * @param questions every question that may be changed, in the order of the form
 * @param change    the question changed, empty when none was asked
 * @param to        its new answer
 * @param current   its answer as given
 * @param problems  what is wrong with the new answer, empty when it was read
 * @param rows      per category the points now and with the change
 * @param items     the items whose points the change moves, per category
 */
record WhatIf(List<QuestionChoice> questions, String change, String to, String current, List<String> problems,
        List<CategoryRow> rows, List<ItemRow> items) {

    /** The query parameter naming the question changed. */
    static final String CHANGE = "change";

    /** The query parameter of its new answer. */
    static final String TO = "to";

    /** Every question but the label ({@code id}), which scores nothing. */
    private static final List<QuestionChoice> QUESTION_CHOICES = questionChoices();

    /**
     * A question in the what-if's list.
     *
     * @param name     its parameter ({@code degrees.1.level})
     * @param labelKey the key of its label
     * @param degree   for a degree's question, the degree's number (1, 2, 3); else 0
     */
    record QuestionChoice(String name, String labelKey, int degree) {
    }

    /**
     * One category before and after.
     *
     * @param category    the category
     * @param now         the points as given
     * @param then        the points with the change
     * @param difference  signed ({@code +10}, {@code -5}, {@code ±0})
     * @param eligibleNow whether it passes as given
     * @param eligibleThen whether it passes with the change
     */
    record CategoryRow(String category, int now, int then, String difference, boolean eligibleNow,
            boolean eligibleThen) {
    }

    /**
     * An item the change moves.
     *
     * @param category     the category
     * @param criterion    the criterion's id
     * @param japaneseTerm its official Japanese term
     * @param now          its points as given
     * @param then         with the change
     */
    record ItemRow(String category, String criterion, String japaneseTerm, int now, int then) {
    }

    /** The what-if's question and answer asked in the query, if any. */
    static Optional<String> asked(MultiValueMap<String, String> parameters) {
        return Optional.ofNullable(parameters.getFirst(CHANGE)).filter(Answers.QUESTIONS::contains);
    }

    /** The request's parameters with the one answer changed. */
    static MultiValueMap<String, String> changed(MultiValueMap<String, String> parameters, String question) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        String to = parameters.getFirst(TO);
        changed.set(question, to == null ? "" : to);
        return changed;
    }

    /** Only the form: nothing was changed yet. */
    static WhatIf notAsked() {
        return new WhatIf(QUESTION_CHOICES, "", "", "", List.of(), List.of(), List.of());
    }

    /** The new answer could not be read. */
    static WhatIf unreadable(String change, String to, String current, List<String> problems) {
        return new WhatIf(QUESTION_CHOICES, change, to, current, List.copyOf(problems), List.of(), List.of());
    }

    /** Both results side by side. */
    static WhatIf compared(String change, String to, String current, ScoreResult now, ScoreResult then) {
        List<CategoryRow> rows = new ArrayList<>();
        List<ItemRow> items = new ArrayList<>();
        for (Category category : Category.values()) {
            Assessment before = now.assessment(category).orElseThrow();
            Assessment after = then.assessment(category).orElseThrow();
            int difference = after.points() - before.points();
            rows.add(new CategoryRow(category.name(), before.points(), after.points(),
                    difference > 0 ? "+" + difference : difference == 0 ? "±0" : Integer.toString(difference),
                    before.eligible(), after.eligible()));
            for (Item item : before.items()) {
                int pointsAfter = after.items().stream().filter(other -> other.criterion() == item.criterion())
                        .mapToInt(Item::points).sum();
                if (pointsAfter != item.points()) {
                    items.add(new ItemRow(category.name(), item.criterion().id(), item.criterion().japaneseTerm(),
                            item.points(), pointsAfter));
                }
            }
            for (Item item : after.items()) {
                boolean isNew = before.items().stream().noneMatch(other -> other.criterion() == item.criterion());
                if (isNew && item.points() != 0) {
                    items.add(new ItemRow(category.name(), item.criterion().id(), item.criterion().japaneseTerm(), 0,
                            item.points()));
                }
            }
        }
        return new WhatIf(QUESTION_CHOICES, change, to, current, List.of(), List.copyOf(rows), List.copyOf(items));
    }

    /** The question changed, when one was. */
    public QuestionChoice changed() {
        return questions.stream().filter(question -> question.name().equals(change)).findFirst().orElse(null);
    }

    /** Whether the two columns are shown. */
    public boolean isCompared() {
        return !rows.isEmpty();
    }

    private static List<QuestionChoice> questionChoices() {
        List<QuestionChoice> choices = new ArrayList<>();
        for (FormSection section : FormSection.values()) {
            int times = section.perDegree() ? FormSection.DEGREE_SLOTS : 1;
            for (int element = 0; element < times; element++) {
                for (ProfileField field : section.fields()) {
                    String name = field.inList() ? field.csvColumn(element) : field.csvColumn();
                    if (name.equals(ProfileField.ID.csvColumn())) {
                        continue;
                    }
                    choices.add(new QuestionChoice(name, field.messageKey(), section.perDegree() ? element + 1 : 0));
                }
            }
        }
        return List.copyOf(choices);
    }
}
