package org.hspnavigator.cli.pr;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.hsptwo.HspOneStandard;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.cli.score.DisplayWidth;
import org.hspnavigator.formats.text.Explanations;

/**
 * The readable form of {@code hsp pr}: one row per route (met, earliest date, points at the application
 * and at the start date), the reasons of each route, the warnings, the reminders, and HSP(ii).
 */
final class PrTable {

    private static final String NL = System.lineSeparator();
    private static final String NONE = "-";
    private static final String[] HEADER = {"route", "met", "earliest", "points", "start", "pointsAtStart"};

    private final Explanations explanations;
    private final CommandTexts texts;

    PrTable(Explanations explanations) {
        this.explanations = explanations;
        this.texts = new CommandTexts(explanations.language());
    }

    String render(PermanentResidenceResult result, HspTwoResult hspTwo) {
        StringBuilder text = new StringBuilder();
        text.append(texts.text("pr.title", texts.date(result.applicationDate()))).append(NL).append(NL);
        String[][] rows = new String[result.routes().size() + 1][];
        rows[0] = new String[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            rows[0][c] = texts.text("pr.column." + HEADER[c]);
        }
        for (int i = 0; i < result.routes().size(); i++) {
            RouteResult route = result.routes().get(i);
            rows[i + 1] = new String[] {
                explanations.routeName(route.route()),
                texts.text(route.met() ? "pr.yes" : "pr.no"),
                route.earliestDate().map(texts::date).orElseGet(() -> texts.text("pr.earliest.none")),
                points(route.atApplication()),
                texts.date(route.startDate()),
                points(route.atStart())
            };
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : DisplayWidth.padRight(row[c], widths[c]) + "  ");
            }
            text.append(line.toString().stripTrailing()).append(NL);
        }
        for (RouteResult route : result.routes()) {
            String name = explanations.routeName(route.route());
            int years = route.route().years();
            text.append(NL).append(route.route().threshold().isPresent()
                    ? texts.text("pr.route.points", name, Integer.toString(route.route().threshold().getAsInt()), years)
                    : texts.text("pr.route.jSkip", name, years)).append(NL);
            list(text, route.reasons());
        }
        text.append(NL).append(texts.text(result.warnings().isEmpty() ? "pr.warnings.none" : "pr.warnings")).append(NL);
        list(text, result.warnings());
        text.append(NL).append(texts.text("pr.reminders")).append(NL);
        list(text, result.reminders());
        text.append(NL).append(hspTwo.eligible() ? texts.text("pr.hsp2.eligible")
                : hspTwo.earliestDate().map(date -> texts.text("pr.hsp2.earliest", texts.date(date)))
                        .orElseGet(() -> texts.text("pr.hsp2.never"))).append(NL);
        String standardOn = texts.date(hspTwo.applicationDate());
        text.append("  ").append(hspTwo.standardMet().map(standard -> texts.text(standard == HspOneStandard.POINTS
                ? "pr.hsp2.standard.points" : "pr.hsp2.standard.jSkip", standardOn))
                .orElseGet(() -> texts.text("pr.hsp2.standard.none", standardOn))).append(NL);
        list(text, hspTwo.reasons());
        list(text, hspTwo.reminders().stream().map(m -> Message.of("reminder.prefix", m)).toList());
        return text.toString();
    }

    /**
     * Points and the category they are of, by the official status it leads to (高度専門職1号ロ) in every
     * language: the name on the residence card and the application form, short enough to keep the table
     * narrow; the reasons below name the category in full.
     */
    private String points(Optional<DatedPoints> points) {
        return points.map(p -> p.points() + " " + p.category().status()).orElse(NONE);
    }

    private void list(StringBuilder text, List<Message> messages) {
        for (Message message : messages) {
            text.append("  - ").append(explanations.text(message)).append(NL);
        }
    }
}
