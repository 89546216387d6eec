package org.hspnavigator.formats.family;

import org.hspnavigator.engine.family.FamilyAssessment;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.Preference;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;

/** The readable report of {@code hsp family}: each preference with its verdict, end date, reasons and reminders. */
public final class FamilyReport {

    private static final String NL = System.lineSeparator();

    private final MessageTexts texts;

    public FamilyReport(MessageTexts texts) {
        this.texts = texts;
    }

    public String render(FamilyFacts facts, FamilyAssessment assessment) {
        StringBuilder out = new StringBuilder();
        out.append(texts.format("family.heading", assessment.date())).append(NL);
        out.append(texts.format("family.income", assessment.householdIncomeYen(), facts.hspAnnualSalaryYen(),
                facts.spouseAnnualSalaryYen())).append(NL);
        for (Preference preference : assessment.preferences()) {
            // The official term, and beside it its translation; Japanese has the term alone.
            Language language = texts.language();
            String name = language == Language.JA ? preference.id().japaneseTerm()
                    : Explanations.withTranslation(preference.id().japaneseTerm(),
                            texts.format("family.preference." + preference.id().id()));
            StringBuilder verdict = new StringBuilder(
                    texts.format("family.eligibility." + preference.eligibility().name()));
            if (preference.workers() > 0) {
                verdict.append(language.separator()).append(texts.format("family.workers", preference.workers()));
            }
            if (preference.endsOn().isPresent()) {
                verdict.append(language.separator()).append(texts.format("family.until",
                        preference.lastDay().orElseThrow(), preference.endsOn().get()));
            }
            out.append(NL).append(language.labelled(name, verdict.toString())).append(NL);
            for (Message reason : preference.reasons()) {
                out.append("  - ").append(texts.text(reason)).append(NL);
            }
            if (preference.eligible() && !preference.conditions().isEmpty()) {
                out.append("  ").append(texts.language().heading(texts.format("family.conditions"))).append(NL);
                for (Message condition : preference.conditions()) {
                    out.append("    · ").append(texts.text(condition)).append(NL);
                }
            }
        }
        out.append(NL).append(texts.format("family.maxDomesticWorkers", assessment.maxDomesticWorkers())).append(NL);
        out.append(NL).append(texts.language().heading(texts.format("family.notes"))).append(NL);
        for (Message note : assessment.notes()) {
            out.append("  - ").append(texts.text(note)).append(NL);
        }
        return out.toString();
    }
}
