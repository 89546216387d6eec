package org.hspnavigator.cli.advise;

import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Suggestion;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Explanations;

/** The advice as readable text: where the applicant stands, the suggestions, the other categories, the forecast. */
final class AdviceReport {

    private static final String NL = System.lineSeparator();

    private final Explanations explanations;
    private final CommandTexts texts;
    private final AdviceJson reasons;

    AdviceReport(Explanations explanations) {
        this.explanations = explanations;
        this.texts = new CommandTexts(explanations.language());
        this.reasons = new AdviceJson(explanations);
    }

    String render(Advice advice, int limit) {
        StringBuilder text = new StringBuilder();
        Category category = advice.category();
        Assessment current = advice.current();
        text.append(explanations.categoryHeading(category)).append(NL);
        text.append("  ").append(texts.text("advise.now", texts.date(advice.now().referenceDate()),
                Integer.toString(current.points()), explanations.verdict(current), Integer.toString(advice.target())))
                .append(NL).append(NL);
        suggestions(advice, limit, text);
        categories(advice, text);
        forecast(advice, text);
        return text.toString();
    }

    private void suggestions(Advice advice, int limit, StringBuilder text) {
        if (advice.reached()) {
            text.append(texts.text("advise.reached", Integer.toString(advice.target()))).append(NL).append(NL);
            return;
        }
        if (advice.suggestions().isEmpty()) {
            text.append(texts.text("advise.none", Integer.toString(advice.maxChanges()),
                    Integer.toString(advice.target()))).append(NL).append(NL);
            return;
        }
        int shown = Math.min(limit, advice.suggestions().size());
        text.append(texts.text("advise.suggestions", Integer.toString(advice.target()), Integer.toString(shown),
                Integer.toString(advice.suggestions().size()))).append(NL);
        for (int i = 0; i < shown; i++) {
            Suggestion suggestion = advice.suggestions().get(i);
            boolean later = !suggestion.scoredOn().equals(advice.now().referenceDate());
            text.append("  ").append(texts.text(later ? "advise.suggestion.on" : "advise.suggestion",
                    Integer.toString(i + 1), Integer.toString(suggestion.pointsAfter()),
                    String.valueOf(suggestion.effort()), texts.date(suggestion.scoredOn()))).append(NL);
            for (Change change : suggestion.changes()) {
                String lever = explanations.text(change.lever().description());
                text.append("     - ").append(explanations.language().labelled(lever, signed(change.pointsGained())))
                        .append(NL);
            }
        }
        text.append(NL);
    }

    private void categories(Advice advice, StringBuilder text) {
        Assessment current = advice.current();
        text.append(texts.text("advise.others")).append(NL);
        for (Assessment other : advice.now().assessments()) {
            if (other.category() == advice.category()) {
                continue;
            }
            int difference = other.points() - current.points();
            String compared = difference == 0 ? texts.text("advise.difference.same")
                    : texts.text(difference > 0 ? "advise.difference.more" : "advise.difference.fewer",
                            Integer.toString(Math.abs(difference)));
            boolean reaches = other.points() >= advice.target() && other.meetsSalaryFloor() && !advice.reached();
            text.append("  ").append(texts.text(reaches ? "advise.other.reaching" : "advise.other",
                    explanations.categoryInText(other.category()), Integer.toString(other.points()), compared,
                    explanations.verdict(other), Integer.toString(advice.target()))).append(NL);
        }
        text.append(NL);
    }

    private void forecast(Advice advice, StringBuilder text) {
        text.append(texts.text("advise.forecast", explanations.categoryInText(advice.category()),
                texts.date(advice.forecast().to())))
                .append(NL);
        if (advice.forecast().events().isEmpty()) {
            text.append("  ").append(texts.text("advise.forecast.none")).append(NL);
        }
        for (ForecastEvent event : advice.forecast().events()) {
            Object[] arguments = {texts.date(event.date()), Integer.toString(event.pointsBefore()),
                Integer.toString(event.pointsAfter()), reasons.reason(event),
                event.lastDayBefore().map(texts::date).orElse("")};
            text.append("  ").append(texts.text(event.lastDayBefore().isPresent() ? "advise.event.lastDay"
                    : "advise.event", arguments)).append(NL);
        }
        text.append(explanations.text(Message.of("advice.assumption", advice.category().name()))).append(NL);
    }

    private static String signed(int points) {
        return points >= 0 ? "+" + points : Integer.toString(points);
    }
}
