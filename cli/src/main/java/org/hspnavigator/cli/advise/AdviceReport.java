package org.hspnavigator.cli.advise;

import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Suggestion;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.text.Explanations;

/** The advice as readable text: where the applicant stands, the suggestions, the other categories, the forecast. */
final class AdviceReport {

    private static final String NL = System.lineSeparator();

    private final Explanations explanations;
    private final AdviceJson reasons;

    AdviceReport(Explanations explanations) {
        this.explanations = explanations;
        this.reasons = new AdviceJson(explanations);
    }

    String render(Advice advice, int limit) {
        StringBuilder text = new StringBuilder();
        Category category = advice.category();
        Assessment current = advice.current();
        text.append(category.name()).append(" — ").append(category.officialName()).append(" (")
                .append(category.englishName()).append(')').append(NL);
        text.append("  Now, on ").append(advice.now().referenceDate()).append(": ").append(current.points())
                .append(" points, ").append(explanations.verdict(current)).append(". Target: ")
                .append(advice.target()).append(" points.").append(NL).append(NL);
        suggestions(advice, limit, text);
        categories(advice, text);
        forecast(advice, text);
        return text.toString();
    }

    private void suggestions(Advice advice, int limit, StringBuilder text) {
        if (advice.reached()) {
            text.append("Already at the target of ").append(advice.target()).append(" points: no change needed.")
                    .append(NL).append(NL);
            return;
        }
        if (advice.suggestions().isEmpty()) {
            text.append("No combination of up to ").append(advice.maxChanges()).append(" changes reaches ")
                    .append(advice.target()).append(" points in this category.").append(NL).append(NL);
            return;
        }
        int shown = Math.min(limit, advice.suggestions().size());
        text.append("Smallest sets of changes that reach ").append(advice.target()).append(" points (")
                .append(shown).append(" of ").append(advice.suggestions().size())
                .append(", by effort: 1 wait, 2 exam, 3 raise of up to 20 %, 4 new role, employer or larger raise, ")
                .append("5 degree or investment):")
                .append(NL);
        for (int i = 0; i < shown; i++) {
            Suggestion suggestion = advice.suggestions().get(i);
            text.append("  ").append(i + 1).append(". ").append(suggestion.pointsAfter()).append(" points");
            if (!suggestion.scoredOn().equals(advice.now().referenceDate())) {
                text.append(" on ").append(suggestion.scoredOn());
            }
            text.append(", effort ").append(suggestion.effort()).append(NL);
            for (Change change : suggestion.changes()) {
                text.append("     - ").append(explanations.text(change.lever().description())).append(": ")
                        .append(signed(change.pointsGained())).append(NL);
            }
        }
        text.append(NL);
    }

    private void categories(Advice advice, StringBuilder text) {
        Assessment current = advice.current();
        text.append("Other categories:").append(NL);
        for (Assessment other : advice.now().assessments()) {
            if (other.category() == advice.category()) {
                continue;
            }
            int difference = other.points() - current.points();
            text.append("  ").append(other.category().name()).append(": ").append(other.points()).append(" points (")
                    .append(difference == 0 ? "the same" : Math.abs(difference) + (difference > 0 ? " more" : " fewer"))
                    .append("), ").append(explanations.verdict(other));
            if (other.points() >= advice.target() && other.meetsSalaryFloor() && !advice.reached()) {
                text.append(" — reaches ").append(advice.target()).append(" as it is");
            }
            text.append(NL);
        }
        text.append(NL);
    }

    private void forecast(Advice advice, StringBuilder text) {
        text.append("Points over the next years in ").append(advice.category().name()).append(" (until ")
                .append(advice.forecast().to()).append("):").append(NL);
        if (advice.forecast().events().isEmpty()) {
            text.append("  no change").append(NL);
        }
        for (ForecastEvent event : advice.forecast().events()) {
            text.append("  ").append(event.date()).append("  ").append(event.pointsBefore()).append(" -> ")
                    .append(event.pointsAfter()).append("  ").append(reasons.reason(event));
            event.lastDayBefore().ifPresent(day -> text.append("; last day to apply with ")
                    .append(event.pointsBefore()).append(" points: ").append(day));
            text.append(NL);
        }
        text.append(explanations.text(Message.of("advice.assumption", advice.category().name()))).append(NL);
    }

    private static String signed(int points) {
        return points >= 0 ? "+" + points : Integer.toString(points);
    }
}
