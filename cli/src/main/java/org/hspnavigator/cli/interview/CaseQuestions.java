package org.hspnavigator.cli.interview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hspnavigator.cli.language.CommandTexts;
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
    private final CommandTexts words;
    private final ProfileQuestions profile;

    CaseQuestions(FieldTexts texts, CommandTexts words) {
        this.texts = texts;
        this.words = words;
        this.profile = new ProfileQuestions(texts, words);
    }

    void ask(Interview interview) throws IOException, AnswersEnded {
        int snapshots = interview.count(words.text("new.howMany", texts.label("case.snapshots")), texts.help("case.snapshots"),
                1, MOST_SNAPSHOTS);
        for (int i = 0; i < snapshots; i++) {
            interview.say("");
            interview.say(words.text("new.snapshot", String.valueOf(i + 1), String.valueOf(snapshots)));
            profile.ask(interview, List.of("snapshots", i), true);
        }
        interview.ask(question(FieldType.DATE, null, "residence", "continuousSince"));
        if (interview.yes(words.text("new.yesQuestion", texts.label("case.residence.hsp")), texts.help("case.residence.hsp"))) {
            interview.ask(question(FieldType.DATE, null, "residence", "hsp", "since"));
            interview.ask(question(FieldType.CHOICE, null, "residence", "hsp", "category"));
            interview.ask(question(FieldType.BOOLEAN, words.text("new.enterForNo"), "residence", "hsp", "jSkip"));
            interview.ask(question(FieldType.WHOLE_NUMBER, words.text("new.enterForJSkip"), "residence", "hsp",
                    "recognizedPoints"));
        }
        interview.ask(question(FieldType.WHOLE_NUMBER, words.text("new.enterFor", "0"), "household", "spouseAnnualSalaryYen"));
        int children = interview.count(words.text("new.howMany", texts.label("case.household.childrenBirthDates")),
                texts.help("case.household.childrenBirthDates"), 0, MOST_CHILDREN);
        for (int i = 0; i < children; i++) {
            interview.ask(new Question(List.of("household", "childrenBirthDates", i), FieldType.DATE,
                    words.text("new.child", String.valueOf(i + 1), texts.label("case.household.childrenBirthDates.element")),
                    texts.help("case.household.childrenBirthDates.element"),
                    Hints.of(words, FieldType.DATE, List.of(), null)));
        }
        interview.ask(question(FieldType.BOOLEAN, words.text("new.enterForNo"), "household", "pregnancy"));
        interview.ask(question(FieldType.BOOLEAN, words.text("new.enterForNo"), "household", "spouseUnableToDoHousework"));
        interview.ask(question(FieldType.WHOLE_NUMBER, words.text("new.enterIfUnknown"), "employerCategory"));
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
                Hints.of(words, type, choices, leftOut));
    }
}
