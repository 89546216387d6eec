package org.hspnavigator.cli.pr;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.hsptwo.HspOneStandard;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.formats.text.Explanations;

/**
 * The readable form of {@code hsp pr}: one row per route (met, earliest date, points at the application
 * and at the start date), the reasons of each route, the warnings, the reminders, and HSP(ii).
 */
final class PrTable {

    private static final String NL = System.lineSeparator();
    private static final String NONE = "-";
    private static final String[] HEADER = {"Route", "Met", "Earliest date", "Points", "Start date", "Points at start"};

    private final Explanations explanations;

    PrTable(Explanations explanations) {
        this.explanations = explanations;
    }

    String render(PermanentResidenceResult result, HspTwoResult hspTwo) {
        StringBuilder text = new StringBuilder();
        text.append("Permanent residence (永住) for an application on ").append(result.applicationDate()).append(NL)
                .append(NL);
        String[][] rows = new String[result.routes().size() + 1][];
        rows[0] = HEADER;
        for (int i = 0; i < result.routes().size(); i++) {
            RouteResult route = result.routes().get(i);
            rows[i + 1] = new String[] {
                route.route().name(),
                route.met() ? "yes" : "no",
                route.earliestDate().map(Object::toString).orElse("none in 10 years"),
                points(route.atApplication()),
                route.startDate().toString(),
                points(route.atStart())
            };
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
            }
            text.append(line.toString().stripTrailing()).append(NL);
        }
        for (RouteResult route : result.routes()) {
            text.append(NL).append(route.route().name()).append(route.route().threshold().isPresent()
                    ? " — " + route.route().threshold().getAsInt() + " points, " : " — J-Skip criteria, ")
                    .append(route.route().years()).append(route.route().years() == 1 ? " year" : " years").append(NL);
            list(text, route.reasons());
        }
        text.append(NL).append("Warnings:").append(result.warnings().isEmpty() ? " none" : "").append(NL);
        list(text, result.warnings());
        text.append(NL).append("Reminders (general requirements, not computed):").append(NL);
        list(text, result.reminders());
        text.append(NL).append("HSP(ii) (高度専門職2号): ").append(hspTwo.eligible() ? "eligible"
                : hspTwo.earliestDate().map(date -> "not yet; earliest " + date).orElse("not within 10 years"))
                .append(NL);
        text.append("  standard of HSP(i) on ").append(hspTwo.applicationDate()).append(": ")
                .append(hspTwo.standardMet().map(standard -> standard == HspOneStandard.POINTS ? "met by the points"
                        : "met by the J-Skip criteria").orElse("not met")).append(NL);
        list(text, hspTwo.reasons());
        list(text, hspTwo.reminders().stream().map(m -> Message.of("reminder.prefix", m)).toList());
        return text.toString();
    }

    private static String points(Optional<DatedPoints> points) {
        return points.map(p -> p.points() + " " + p.category().name()).orElse(NONE);
    }

    private void list(StringBuilder text, List<Message> messages) {
        for (Message message : messages) {
            text.append("  - ").append(explanations.text(message)).append(NL);
        }
    }
}
