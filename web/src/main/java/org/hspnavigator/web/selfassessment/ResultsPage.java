package org.hspnavigator.web.selfassessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.FamilyPreferences;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.system.PageLanguage;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Everything the results page shows for a profile, each part computed by the code of the command that
 * gives it on the command line: the points of all three categories and J-Skip ({@code hsp score}), the
 * advice towards 70 and 80 and the forecast ({@code hsp advise}), permanent residence ({@code hsp pr})
 * and the family preferences ({@code hsp family}) for the case made of the answers, the evidence per
 * item (the point sheet of {@code hsp report}), and the what-if beside them. Words come from the
 * engine's bundles in the page's language.
 */
@Component
class ResultsPage {

    private static final int PASS_MARK = 70;
    private static final int FAST_ROUTE = 80;

    private final PointsEngine engine = PointsEngine.official();
    private final Advisor advisor = new Advisor(engine);
    private final PermanentResidence permanentResidence = PermanentResidence.official();
    private final FamilyPreferences familyPreferences = new FamilyPreferences();
    private final ReferenceDates referenceDates;

    ResultsPage(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
    }

    /** The parts of the page, named as the template uses them. */
    record Parts(ResultsView results, JSkipView jSkip, AdviceView advice, ForecastChart forecast,
            ResidenceView residence, FamilyView family, EvidenceView evidence, WhatIf whatIf, String ruleSet,
            String textLang, String familyLang, String checklistLang) {
    }

    /** The answers' profile, or every problem found with them. */
    Profile profile(Answers answers) throws InvalidInputException {
        return answers.profile(new ProfileReader(referenceDates));
    }

    Parts of(Profile profile, Answers answers, MultiValueMap<String, String> parameters, PageLanguage language) {
        EngineTexts texts = EngineTexts.of(language);
        DocumentAssessment assessed = score(profile);
        ScoreResult result = assessed.results().get(0);
        Map<Category, JSkipVerdict> jSkip = assessed.jSkip().get(0);

        Advice to70 = advisor.advise(profile, PASS_MARK);
        Advice to80 = advisor.advise(profile, to70.category(), FAST_ROUTE);
        ApplicantCase applicant = SelfAssessmentCase.of(profile, result);
        FamilyView family = FamilyFacts.of(applicant, profile.referenceDate())
                .map(facts -> FamilyView.of(familyPreferences.assess(facts), texts)).orElseThrow();
        Assessment evidenceCategory = result.bestEligibleCategory().flatMap(result::assessment)
                .orElseGet(() -> result.assessment(result.defaultCategory()).orElseThrow());

        return new Parts(ResultsView.of(result, answers.work(), texts), JSkipView.of(jSkip, texts),
                AdviceView.of(to70, to80, texts), ForecastChart.of(to70.forecast(), to70.current().points(), texts),
                ResidenceView.of(applicant, permanentResidence.assess(applicant, profile.referenceDate()),
                        to70.forecast(), texts),
                family, EvidenceView.of(evidenceCategory, profile, result, texts),
                whatIf(answers, parameters, result, texts.explanations().language()), result.ruleSet().id(), texts.lang(), texts.familyLang(),
                texts.checklistLang());
    }

    private WhatIf whatIf(Answers answers, MultiValueMap<String, String> parameters, ScoreResult now,
            Language language) {
        Optional<String> change = WhatIf.asked(parameters);
        if (change.isEmpty()) {
            return WhatIf.notAsked(answers);
        }
        String question = change.get();
        if (WhatIf.onlyChosen(parameters, question)) {
            return WhatIf.chosen(question, answers);
        }
        Answers changed = Answers.of(WhatIf.changed(parameters, question));
        String to = changed.value(question);
        try {
            Profile then = profile(changed);
            return WhatIf.compared(question, to, answers, now, score(then).results().get(0));
        } catch (InvalidInputException e) {
            return WhatIf.unreadable(question, to, answers,
                    e.violations().stream().map(violation -> problem(violation, question, language)).toList());
        }
    }

    /** A problem of the new answer itself, beside its control, without the column's name; any other with it. */
    private static String problem(Violation violation, String question, Language language) {
        return violation.path().equals(question) ? violation.problem(language) : violation.message(language);
    }

    private DocumentAssessment score(Profile profile) {
        return DocumentAssessment.of(new ProfileDocument(List.of(profile), false), EnumSet.allOf(Category.class),
                engine);
    }
}
