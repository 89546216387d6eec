package org.hspnavigator.web.selfassessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The self-assessment pages, open to anyone and keeping nothing: the start page (which work), the form,
 * and the results of {@code POST /api/v1/assessments} for the answers, with the advice, the forecast,
 * permanent residence, the family preferences and the evidence ({@link ResultsPage}). The answers are
 * read and scored by the code of the API and the commands; only the words around them are the page's.
 * Every page works without JavaScript.
 */
@Controller
public class SelfAssessmentController {

    /** The parameter of the form's button that asks for the points again without JavaScript. */
    static final String REFRESH = "refresh";

    private final ResultsPage resultsPage;
    private final ProfileQuestions questions;

    SelfAssessmentController(ResultsPage resultsPage, ProfileQuestions questions) {
        this.resultsPage = resultsPage;
        this.questions = questions;
    }

    /** The start page in the language the browser prefers. */
    @GetMapping("/")
    String home(HttpServletRequest request) {
        return "redirect:/" + PageLanguage.preferred(Collections.list(request.getLocales())).tag() + "/";
    }

    @GetMapping(Pages.START_WITHOUT_SLASH)
    String startWithoutSlash(@PathVariable("lang") String lang) {
        return "redirect:/" + lang + "/";
    }

    @GetMapping(Pages.START)
    String start(@PathVariable("lang") String lang, Model model) {
        page(model, lang, "/", "");
        model.addAttribute("categories", List.of(Category.values()));
        return "pages/start";
    }

    @GetMapping(Pages.FORM)
    String form(@PathVariable("lang") String lang, @RequestParam MultiValueMap<String, String> parameters,
            Model model) {
        Answers answers = Answers.of(parameters);
        // "Update my points" sends the answers here: what is wrong with them is said at once.
        Problems problems = parameters.containsKey(REFRESH) ? problems(answers, lang) : Problems.NONE;
        return form(model, lang, answers, problems);
    }

    private Problems problems(Answers answers, String lang) {
        try {
            resultsPage.profile(answers);
            return Problems.NONE;
        } catch (InvalidInputException e) {
            return Problems.of(e.violations(), lang);
        }
    }

    /**
     * The results of the answers (posted by the form, or carried in a link's query), else the form
     * again with every problem next to its question and summarised at the top.
     */
    @RequestMapping(path = Pages.RESULTS, method = {RequestMethod.GET, RequestMethod.POST})
    String results(@PathVariable("lang") String lang, @RequestParam MultiValueMap<String, String> parameters,
            Model model, HttpServletResponse response) {
        Answers answers = Answers.of(parameters);
        Profile profile;
        try {
            profile = resultsPage.profile(answers);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, lang, answers, Problems.of(e.violations(), lang));
        }
        PageLanguage language = PageLanguage.ofTag(lang).orElseThrow();
        ResultsPage.Parts parts = resultsPage.of(profile, answers, parameters, language);
        page(model, lang, "/self-assessment/results", answers.query());
        model.addAttribute("results", parts.results());
        model.addAttribute("parts", parts);
        model.addAttribute("answers", answers.values());
        model.addAttribute("workChosen", answers.work().map(Category::name).orElse(""));
        model.addAttribute("share", ShareLink.of(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/" + lang + "/self-assessment/results").build().toUriString(), answers, parts.ruleSet(),
                Optional.ofNullable(parameters.getFirst(ShareLink.RULES)), EngineTexts.of(language)::date));
        model.addAttribute("changeAnswers", "/" + lang + "/self-assessment?" + answers.query());
        return "pages/results";
    }

    private String form(Model model, String lang, Answers answers, Problems problems) {
        page(model, lang, "/self-assessment", answers.query());
        model.addAttribute("form", FormView.of(answers, problems));
        model.addAttribute("points", questions.points(answers, lang));
        model.addAttribute("help", questions.sources());
        model.addAttribute("refresh", REFRESH);
        model.addAttribute("barScale", ResultsView.BAR_SCALE);
        String query = answers.query();
        model.addAttribute("worksheetLink", "/" + lang + "/self-assessment/salary" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("formAction", "/" + lang + "/self-assessment");
        model.addAttribute("work", answers.work().map(Category::name).orElse(""));
        model.addAttribute("resultsAction", "/" + lang + "/self-assessment/results");
        return "pages/form";
    }

    /** What every page shows: its language and the same page in the others, with the answers. */
    private static void page(Model model, String lang, String path, String query) {
        PageLanguage language = PageLanguage.ofTag(lang).orElseThrow();
        model.addAttribute("language", language);
        model.addAttribute("switcher", LanguageLink.all(path, query));
    }
}
