package org.hspnavigator.web.selfassessment;

import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Change;
import org.hspnavigator.engine.advice.Suggestion;

/**
 * The advisor's answer as the results page shows it, for the category advised on (the best, else the
 * one with the most points, as {@code hsp advise} chooses): the points short of 70 and of 80 and, for
 * each mark, the smallest sets of changes that reach it with the points each change adds.
 *
 * @param category the category advised on ({@code SPECIALIZED_TECHNICAL})
 * @param points   its points now
 * @param targets  the 70 and the 80 mark, in that order
 */
record AdviceView(String category, int points, List<Target> targets) {

    /** The suggestions shown per mark: the advisor ranks them by effort, the first few say enough. */
    static final int SHOWN = 3;

    /**
     * One mark.
     *
     * @param target      70 or 80
     * @param reached     whether the points (and the salary floor) already reach it
     * @param gap         the points missing, 0 when reached
     * @param maxChanges  the most changes a suggestion combines
     * @param suggestions the best few, empty when reached or none found
     */
    record Target(int target, boolean reached, int gap, int maxChanges, List<SuggestionRow> suggestions) {
    }

    /**
     * A set of changes.
     *
     * @param pointsAfter the points with all of them
     * @param scoredOn    the date they are reached, empty when it is the reference date (no waiting)
     * @param changes     each change, with the points it adds
     */
    record SuggestionRow(int pointsAfter, String scoredOn, List<ChangeRow> changes) {
    }

    /**
     * One change.
     *
     * @param text   the change in words
     * @param gained the points it adds, signed ({@code +15}, {@code -5})
     */
    record ChangeRow(String text, String gained) {
    }

    static AdviceView of(Advice to70, Advice to80, EngineTexts texts) {
        return new AdviceView(to70.category().name(), to70.current().points(),
                List.of(target(to70, texts), target(to80, texts)));
    }

    private static Target target(Advice advice, EngineTexts texts) {
        List<SuggestionRow> rows = new ArrayList<>();
        for (Suggestion suggestion : advice.suggestions().stream().limit(SHOWN).toList()) {
            List<ChangeRow> changes = new ArrayList<>();
            for (Change change : suggestion.changes()) {
                changes.add(new ChangeRow(texts.text(change.lever().description()), signed(change.pointsGained())));
            }
            boolean waits = !suggestion.scoredOn().equals(advice.now().referenceDate());
            rows.add(new SuggestionRow(suggestion.pointsAfter(), waits ? texts.date(suggestion.scoredOn()) : "",
                    List.copyOf(changes)));
        }
        int gap = Math.max(0, advice.target() - advice.current().points());
        return new Target(advice.target(), advice.reached(), gap, advice.maxChanges(), List.copyOf(rows));
    }

    private static String signed(int points) {
        return points >= 0 ? "+" + points : Integer.toString(points);
    }
}
