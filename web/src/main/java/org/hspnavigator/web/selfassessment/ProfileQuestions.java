package org.hspnavigator.web.selfassessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.system.PageLanguage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The questions of the self-assessment form, for its own page and for any other page that asks for a whole
 * profile (the workspace's forms that add and correct a snapshot): the sections with the control, help and
 * points of each answer, shown by the fragment {@code pages/sections :: sections}, and the answers read into a
 * profile by the one reader of the form. So a question, its words and its reading exist once.
 */
@Component
public class ProfileQuestions {

    /** The model's name of the form's sections and questions, which the page passes to the fragment. */
    private static final String QUESTIONS = "questions";

    private final ReferenceDates referenceDates;
    /** What each answer adds, with the engine's reasons in each page language. */
    private final Map<PageLanguage, AnswerPoints> answerPoints = new EnumMap<>(PageLanguage.class);
    private final Map<String, Source> sources = QuestionSources.byLabelKey();

    ProfileQuestions(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
        PointsEngine engine = PointsEngine.official();
        for (PageLanguage language : PageLanguage.values()) {
            Language texts = Language.byTag(language.tag()).orElse(Language.EN);
            answerPoints.put(language, new AnswerPoints(engine, referenceDates, Explanations.of(texts)));
        }
    }

    /**
     * Puts in the model what the fragment shows for the answers among {@code parameters}: every question
     * but those of {@code askedElsewhere}, each with its answer, its points and its problem of
     * {@code problems} (by question name, in the page's words).
     */
    public void show(Model model, String lang, MultiValueMap<String, String> parameters, Map<String, String> problems,
            Set<String> askedElsewhere) {
        Answers answers = Answers.of(parameters);
        model.addAttribute(QUESTIONS, FormView.of(answers, Problems.worded(problems), askedElsewhere));
        model.addAttribute("points", points(answers, lang));
        model.addAttribute("help", sources);
    }

    /** The profile of the answers among {@code parameters}, read as the self-assessment form reads them. */
    public Profile profile(MultiValueMap<String, String> parameters) throws InvalidInputException {
        return Answers.of(parameters).profile(new ProfileReader(referenceDates));
    }

    /** What each answer adds, in the language of the page's tag {@code lang}. */
    AnswerPoints.FormPoints points(Answers answers, String lang) {
        return answerPoints.get(PageLanguage.ofTag(lang).orElseThrow()).of(answers);
    }

    /** The source cited by each question's help, by the question's label key. */
    Map<String, Source> sources() {
        return sources;
    }

    /**
     * A profile JSON (docs/rules.md §18) as the form's answers, by question name, to fill the form in with
     * it; empty when the form cannot hold it all (more degrees than it has room for).
     */
    public static Optional<MultiValueMap<String, String>> answers(JsonNode profile) {
        JsonNode degrees = profile.path("degrees");
        if (degrees.isArray() && degrees.size() > FormSection.DEGREE_SLOTS) {
            return Optional.empty();
        }
        MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
        for (String question : Answers.QUESTIONS) {
            JsonNode value = at(profile, question);
            if (!value.isMissingNode() && !value.isNull()) {
                answers.add(question, text(value));
            }
        }
        return Optional.of(answers);
    }

    /**
     * The question that asks the field at a path of the profile JSON: {@code degrees.0.level} for
     * {@code degrees[0].level}.
     */
    public static String question(String jsonPath) {
        return jsonPath.replaceAll("\\[(\\d+)]", ".$1");
    }

    /** The element id of a question's input on the page ({@code q-degrees-0-level}), which links point to. */
    public static String elementId(String question) {
        return Question.idOf(question);
    }

    /** The message key of each question's label, by question name, in the order of the form. */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Answers.FIELDS.forEach((question, field) -> labels.put(question, field.messageKey()));
        return labels;
    }

    /** The value at a question's column in a profile JSON, whose steps are names and list indexes. */
    private static JsonNode at(JsonNode profile, String question) {
        JsonNode node = profile;
        for (String step : question.split("\\.")) {
            node = node.isArray() ? node.path(Integer.parseInt(step)) : node.path(step);
        }
        return node;
    }

    /** A JSON value as the form's text field or choice holds it: {@code 8000000}, {@code true}, {@code N1}. */
    private static String text(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isBoolean() ? String.valueOf(value.booleanValue()) : StrictJson.toText(value);
    }
}
