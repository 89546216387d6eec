package org.hspnavigator.web.workspace;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileField;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.applicant.ProfileJson;
import org.hspnavigator.web.selfassessment.ProfileQuestions;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot form of the applicant's page and of the page that corrects a snapshot: the snapshot's date,
 * the questions of the self-assessment form ({@link ProfileQuestions}), and, folded away for those who have
 * one, a text area for a profile JSON (the format of {@code hsp score}) that is taken instead of the answers
 * when filled in. Read into the profile the API takes; its refusals placed next to the field they concern.
 */
final class SnapshotForm {

    /** The date field's name: the profile's referenceDate, which it replaces in a pasted JSON. */
    static final String DATE = ProfileField.REFERENCE_DATE.csvColumn();
    /** The text area's name. */
    static final String JSON = "profile";

    /** The questions asked otherwise: the reference date is the snapshot's date, and the applicant has a name. */
    private static final Set<String> ASKED_ELSEWHERE = Set.of(DATE, ProfileField.ID.csvColumn());
    /** The field of each path of a problem when the answers are read: each question's own, and the date's. */
    private static final Map<String, String> QUESTION_FIELDS = questionFields();
    /** The message key of the label of each field, which names its problem in the summary. */
    private static final Map<String, String> LABELS = labels();

    private SnapshotForm() {
    }

    /**
     * The form as posted, or as filled in: the date, the pasted JSON (blank when none) and the answers to
     * the questions, by question name.
     */
    record Posted(String date, String json, MultiValueMap<String, String> answers) {

        static Posted of(MultiValueMap<String, String> form) {
            return new Posted(first(form, DATE), first(form, JSON), form);
        }

        /** Whether a JSON was pasted, which is then taken instead of the answers. */
        boolean pasted() {
            return !json.isBlank();
        }

        private static String first(MultiValueMap<String, String> form, String name) {
            String value = form.getFirst(name);
            return value == null ? "" : value;
        }
    }

    /** The form filled in with nothing but the date. */
    static Posted empty(LocalDate date) {
        MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
        answers.add(DATE, date.toString());
        return new Posted(date.toString(), "", answers);
    }

    /**
     * The form filled in with a stored profile on {@code date}: its answers, or its JSON (without its date,
     * which the date field holds) when the questions cannot hold it all.
     */
    static Posted filledIn(LocalDate date, String profile) {
        Optional<MultiValueMap<String, String>> answers;
        try {
            answers = ProfileQuestions.answers(StrictJson.parse(profile));
        } catch (InvalidInputException e) {
            answers = Optional.empty();
        }
        if (answers.isEmpty()) {
            return new Posted(date.toString(), withoutDate(profile), empty(date).answers());
        }
        answers.get().set(DATE, date.toString());
        return new Posted(date.toString(), "", answers.get());
    }

    /**
     * The profile posted: the pasted JSON on the date of the date field, else the answers read as the
     * self-assessment form reads them.
     *
     * @throws InvalidInputException   when the JSON is not JSON, or an answer is wrong
     * @throws InvalidRequestException when the JSON is not an object
     */
    static ObjectNode profile(Posted posted, ProfileQuestions questions) throws InvalidInputException {
        return posted.pasted() ? pasted(posted.date(), posted.json())
                : ProfileJson.write(questions.profile(posted.answers()));
    }

    /** The pasted profile on the date of the date field, which replaces a referenceDate of the text. */
    private static ObjectNode pasted(String referenceDate, String profile) throws InvalidInputException {
        JsonNode node = StrictJson.parse(profile);
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequestException(List.of(Problems.Located.body(new Violation("",
                    Problem.of("body.notProfileObject")))));
        }
        if (!referenceDate.isBlank()) {
            object.put(DATE, referenceDate.strip());
        }
        return object;
    }

    /**
     * The problems of a refused snapshot: those of its date next to the date field; every other problem of
     * a pasted JSON next to the text area, else each next to its question; a stored snapshot of
     * {@code others} named by its date.
     */
    static FormProblems problems(List<Problems.Located> problems, Posted posted, String lang,
            List<ApplicantRepository.Snapshot> others, MessageSource messages) {
        SnapshotProblemWords words = new SnapshotProblemWords(others, messages);
        if (posted.pasted()) {
            return FormProblems.of(problems, Map.of(DATE, DATE), JSON, lang, words);
        }
        // The profile written from the answers is refused at JSON paths (degrees[0].level), each the
        // path of a question (degrees.0.level); the other parts of the case keep theirs.
        List<Problems.Located> byQuestion = problems.stream().map(problem -> problem.in().equals("body")
                ? new Problems.Located(problem.in(), new Violation(ProfileQuestions.question(problem.violation().path()),
                        problem.violation().reason()))
                : problem).toList();
        return FormProblems.of(byQuestion, QUESTION_FIELDS, null, lang, words)
                .linkingTo(field -> field.equals(DATE) ? DATE : ProfileQuestions.elementId(field));
    }

    /**
     * Puts the form in the model: the date, the questions with their answers and problems, the JSON and
     * the problems' summary; {@code hint} the key of the words above the questions.
     */
    static void show(Model model, String lang, ProfileQuestions questions, Posted posted, FormProblems problems,
            String hint) {
        model.addAttribute("problems", problems);
        model.addAttribute("problemLabels", LABELS);
        model.addAttribute("snapshotDate", posted.date());
        model.addAttribute("snapshotProfile", posted.json());
        model.addAttribute("answersHint", posted.pasted() && !problems.any() ? "ws.snapshots.answers.json" : hint);
        questions.show(model, lang, posted.answers(), problems.byField(), ASKED_ELSEWHERE);
    }

    /** The stored profile without its referenceDate, which the form's date field holds. */
    private static String withoutDate(String profile) {
        try {
            JsonNode node = StrictJson.parse(profile);
            if (node instanceof ObjectNode object) {
                object.remove(DATE);
            }
            return StrictJson.toText(node);
        } catch (InvalidInputException e) {
            return profile;
        }
    }

    private static Map<String, String> questionFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(DATE, DATE);
        ProfileQuestions.labels().keySet().forEach(question -> fields.putIfAbsent(question, question));
        return Map.copyOf(fields);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>(ProfileQuestions.labels());
        labels.put(DATE, "ws.snapshots.date");
        labels.put(JSON, "ws.snapshots.profile");
        return Map.copyOf(labels);
    }
}
