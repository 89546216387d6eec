package org.hspnavigator.cli.interview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.formats.profile.FieldType;
import org.hspnavigator.formats.text.FieldTexts;

/**
 * The questions of a case (docs/rules.md §17, §18): the profiles over time, each asked as a profile
 * with its date; the residence in Japan and the HSP status held, if any; the household; the employer's
 * category.
 */
final class CaseQuestions {

    /** More profiles than this are not asked at a terminal; a longer history is written as a file. */
    static final int MOST_SNAPSHOTS = 20;
    /** More children than this are not asked at a terminal. */
    static final int MOST_CHILDREN = 10;

    private final FieldTexts texts;
    private final ProfileQuestions profile;

    CaseQuestions(FieldTexts texts) {
        this.texts = texts;
        this.profile = new ProfileQuestions(texts);
    }

    void ask(Interview interview) throws IOException, AnswersEnded {
        int snapshots = interview.count(texts.label("case.snapshots") + ": how many?", texts.help("case.snapshots"),
                1, MOST_SNAPSHOTS);
        for (int i = 0; i < snapshots; i++) {
            interview.say("");
            interview.say("Profile " + (i + 1) + " of " + snapshots + ": the applicant from its reference date on");
            profile.ask(interview, List.of("snapshots", i), true);
        }
        interview.ask(question(FieldType.DATE, null, "residence", "continuousSince"));
        if (interview.yes(texts.label("case.residence.hsp") + "?", texts.help("case.residence.hsp"))) {
            interview.ask(question(FieldType.DATE, null, "residence", "hsp", "since"));
            interview.ask(question(FieldType.CHOICE, null, "residence", "hsp", "category"));
            interview.ask(question(FieldType.BOOLEAN, "Enter for no", "residence", "hsp", "jSkip"));
            interview.ask(question(FieldType.WHOLE_NUMBER, "Enter only for a J-Skip status", "residence", "hsp",
                    "recognizedPoints"));
        }
        interview.ask(question(FieldType.WHOLE_NUMBER, "Enter for 0", "household", "spouseAnnualSalaryYen"));
        int children = interview.count(texts.label("case.household.childrenBirthDates") + ": how many?",
                texts.help("case.household.childrenBirthDates"), 0, MOST_CHILDREN);
        for (int i = 0; i < children; i++) {
            interview.ask(new Question(List.of("household", "childrenBirthDates", i), FieldType.DATE,
                    "Child " + (i + 1) + ": " + texts.label("case.household.childrenBirthDates.element"),
                    texts.help("case.household.childrenBirthDates.element"), Hints.of(FieldType.DATE, List.of(), null)));
        }
        interview.ask(question(FieldType.BOOLEAN, "Enter for no", "household", "pregnancy"));
        interview.ask(question(FieldType.BOOLEAN, "Enter for no", "household", "spouseUnableToDoHousework"));
        interview.ask(question(FieldType.WHOLE_NUMBER, "Enter if unknown", "employerCategory"));
    }

    /**
     * A question of the case's own fields, its words under the key of its path.
     *
     * @param leftOut what an empty answer means, or null when the field is required
     */
    private Question question(FieldType type, String leftOut, String... location) {
        String key = "case." + String.join(".", location);
        List<String> choices = type == FieldType.CHOICE ? Arrays.stream(Category.values()).map(Enum::name).toList()
                : List.of();
        return new Question(new ArrayList<>(List.of((Object[]) location)), type, texts.label(key), texts.help(key),
                Hints.of(type, choices, leftOut));
    }
}
