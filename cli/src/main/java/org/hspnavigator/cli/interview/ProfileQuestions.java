package org.hspnavigator.cli.interview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.profile.ProfileGroup;
import org.hspnavigator.formats.text.FieldTexts;

/**
 * The questions of a profile (docs/rules.md §17, §18), one per field of the table
 * ({@link ProfileField}) in its order, in the words of the forms' labels and help texts. The degrees
 * are asked for as many as the applicant holds; the groups that most applicants leave empty (research,
 * employer, training) are asked only after a yes.
 */
final class ProfileQuestions {

    private static final Set<ProfileGroup> ASKED_AFTER_A_YES = Set.of(ProfileGroup.RESEARCH, ProfileGroup.EMPLOYER,
            ProfileGroup.TRAINING);

    private final FieldTexts texts;
    private final CommandTexts words;

    ProfileQuestions(FieldTexts texts, CommandTexts words) {
        this.texts = texts;
        this.words = words;
    }

    /**
     * Asks the profile's questions, the answers going under {@code at} ({@code snapshots, 0}; none for a
     * profile file).
     *
     * @param snapshot whether the profile is a snapshot of a case: then its date is required and it has no
     *                 label of its own
     */
    void ask(Interview interview, List<Object> at, boolean snapshot) throws IOException, AnswersEnded {
        ProfileGroup current = null;
        for (ProfileField field : ProfileField.values()) {
            if (snapshot && field == ProfileField.ID) {
                continue;
            }
            if (field.group() == current) {
                continue;
            }
            if (field.group() == ProfileGroup.PROFILE) {
                interview.ask(question(field, at, -1, snapshot, null));
                continue;
            }
            current = field.group();
            askGroup(interview, current, at, snapshot);
        }
    }

    private void askGroup(Interview interview, ProfileGroup group, List<Object> at, boolean snapshot)
            throws IOException, AnswersEnded {
        String label = texts.label(group.messageKey());
        String help = texts.help(group.messageKey());
        if (group.isList()) {
            int count = interview.count(words.text("new.howMany", label), help, 0, group.maxElements());
            for (int i = 0; i < count; i++) {
                interview.say("");
                interview.say(words.text("new.degree", String.valueOf(i + 1), String.valueOf(count)));
                for (ProfileField field : group.fields()) {
                    interview.ask(question(field, at, i, snapshot, String.valueOf(i + 1)));
                }
            }
            return;
        }
        if (ASKED_AFTER_A_YES.contains(group) && !interview.yes(words.text("new.anythingToState", label), help)) {
            return;
        }
        interview.say("");
        interview.say(label + ": " + help);
        for (ProfileField field : group.fields()) {
            interview.ask(question(field, at, -1, snapshot, null));
        }
    }

    /** @param degree the number of the degree the question is about, counted from 1; null for no degree */
    private Question question(ProfileField field, List<Object> at, int element, boolean snapshot, String degree) {
        List<Object> location = new ArrayList<>(at);
        if (field.group() != ProfileGroup.PROFILE) {
            location.add(field.group().fieldName());
        }
        if (field.inList()) {
            location.add(element);
        }
        location.add(field.fieldName());
        String label = texts.label(field.messageKey());
        return new Question(location, field.type(), degree == null ? label : words.text("new.degree.question", degree, label),
                texts.help(field.messageKey()), Hints.of(words, field.type(), field.choices(), leftOut(field, snapshot)));
    }

    /** What an empty answer means, or null when the field is required. */
    private String leftOut(ProfileField field, boolean snapshot) {
        if (field.required() || (snapshot && field == ProfileField.REFERENCE_DATE)) {
            return null;
        }
        if (field == ProfileField.REFERENCE_DATE) {
            return words.text("new.enterForToday");
        }
        if (field.type() == FieldType.BOOLEAN) {
            return words.text("new.enterForNo");
        }
        return field.defaultValue().map(value -> words.text("new.enterFor", String.valueOf(value)))
                .orElse(words.text("new.enterToLeaveOut"));
    }
}
