package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.profile.ProfileField;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * "What if": the answers with one of them changed, scored beside the answers as given. The change
 * comes in the query of the results page ({@code change} names the question, {@code to} the new
 * answer), so a small form without script asks it and the page shows both columns. The new answer is
 * asked with the form's own control for the question (its choices, yes or no, a date, a number), so
 * the form says which question its control is for ({@code shown}): when that is not the question
 * chosen, the page only comes back with the control of the one chosen, its answer preselected.
 *
 * @param questions every question that may be changed, in the order of the form
 * @param change    the question changed, empty when none was asked
 * @param to        its new answer
 * @param current   its answer as given
 * @param problems  what is wrong with the new answer, empty when it was read
 * @param rows      per category the points now and with the change
 * @param items     the items whose points the change moves, per category
 * @param answer    the control asking the new answer of the question chosen (the first when none was)
 * @param controls  the control of every question, for the script that swaps them without a round trip
 */
record WhatIf(List<QuestionChoice> questions, String change, String to, String current, List<String> problems,
        List<CategoryRow> rows, List<ItemRow> items, Control answer, List<Control> controls) {

    /** The query parameter naming the question changed. */
    static final String CHANGE = "change";

    /** The query parameter of its new answer. */
    static final String TO = "to";

    /** The query parameter naming the question whose control sent {@link #TO}. */
    static final String SHOWN = "shown";

    /** The parameter of the button that only asks for the control of the question chosen. */
    static final String PICK = "pick";

    /** Every question but the label ({@code id}), which scores nothing. */
    private static final List<QuestionChoice> QUESTION_CHOICES = questionChoices();

    /**
     * A question in the what-if's list.
     *
     * @param name     its parameter ({@code degrees.1.level})
     * @param labelKey the key of its label
     * @param degree   for a degree's question, the degree's number (1, 2, 3); else 0
     * @param field    the profile field it asks
     */
    record QuestionChoice(String name, String labelKey, int degree, ProfileField field) {

        /** The form's question for this field, named and identified as the what-if's new answer. */
        Question asNewAnswer(Answers answers, String value, List<String> problems) {
            Question asked = Question.of(field, Math.max(degree - 1, 0), answers, Problems.NONE);
            return new Question(TO, "whatif-to", asked.labelKey(), asked.input(), asked.options(),
                    value == null ? asked.value() : value, List.copyOf(problems), asked.byDefault());
        }
    }

    /**
     * The control of one question's new answer.
     *
     * @param choice   the question
     * @param question the form's question it asks, named {@link #TO}
     * @param step     a number's step: {@code 1} for a whole number, {@code any} for a decimal, else empty
     */
    record Control(QuestionChoice choice, Question question, String step) {

        static Control of(QuestionChoice choice, Answers answers, String value, List<String> problems) {
            FieldType type = choice.field().type();
            String step = type == FieldType.WHOLE_NUMBER ? "1" : type == FieldType.DECIMAL ? "any" : "";
            return new Control(choice, choice.asNewAnswer(answers, value, problems), step);
        }
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
        return Optional.ofNullable(parameters.getFirst(CHANGE)).filter(Answers.QUESTIONS::contains)
                .filter(name -> choice(name).isPresent());
    }

    /**
     * Whether the query only chose the question: its button was pressed, or the new answer was sent by
     * the control of another question, or none was sent. A link of an earlier version ({@code change}
     * and {@code to} alone) compares.
     */
    static boolean onlyChosen(MultiValueMap<String, String> parameters, String question) {
        String shown = parameters.getFirst(SHOWN);
        return parameters.containsKey(PICK) || (shown != null && !shown.equals(question))
                || (shown == null && !parameters.containsKey(TO));
    }

    /** The request's parameters with the one answer changed. */
    static MultiValueMap<String, String> changed(MultiValueMap<String, String> parameters, String question) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        String to = parameters.getFirst(TO);
        changed.set(question, to == null ? "" : to);
        return changed;
    }

    /** Only the form: nothing was changed yet; the control asks the first question, its answer preselected. */
    static WhatIf notAsked(Answers answers) {
        return chosen(QUESTION_CHOICES.get(0).name(), answers);
    }

    /** Only the form, its control for the question chosen with the answer as given preselected. */
    static WhatIf chosen(String change, Answers answers) {
        Control answer = Control.of(choice(change).orElseThrow(), answers, null, List.of());
        return new WhatIf(QUESTION_CHOICES, change, "", answers.value(change), List.of(), List.of(), List.of(),
                answer, controls(answers));
    }

    /** The new answer could not be read: the control keeps it, with the problems beside it. */
    static WhatIf unreadable(String change, String to, Answers answers, List<String> problems) {
        Control answer = Control.of(choice(change).orElseThrow(), answers, to, problems);
        return new WhatIf(QUESTION_CHOICES, change, to, answers.value(change), List.copyOf(problems), List.of(),
                List.of(), answer, controls(answers));
    }

    /** Both results side by side. */
    static WhatIf compared(String change, String to, Answers answers, ScoreResult now, ScoreResult then) {
        String current = answers.value(change);
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
        return new WhatIf(QUESTION_CHOICES, change, to, current, List.of(), List.copyOf(rows), List.copyOf(items),
                Control.of(choice(change).orElseThrow(), answers, to, List.of()), controls(answers));
    }

    private static Optional<QuestionChoice> choice(String name) {
        return QUESTION_CHOICES.stream().filter(question -> question.name().equals(name)).findFirst();
    }

    private static List<Control> controls(Answers answers) {
        return QUESTION_CHOICES.stream().map(choice -> Control.of(choice, answers, null, List.of())).toList();
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
                    choices.add(new QuestionChoice(name, field.messageKey(), section.perDegree() ? element + 1 : 0,
                            field));
                }
            }
        }
        return List.copyOf(choices);
    }
}
