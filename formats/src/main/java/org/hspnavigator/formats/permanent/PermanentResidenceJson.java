package org.hspnavigator.formats.permanent;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.timeline.DatedPoints;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the result of {@code hsp pr} as JSON. The contract fields (docs/rules.md §18) keep their names
 * and meaning: {@code applicationDate}; per route {@code route}, {@code met}, {@code earliestDate},
 * {@code pointsAtApplication}, {@code startDate}, {@code pointsAtStart}, {@code reasons}; and
 * {@code warnings}. Added: per route {@code threshold}, {@code years}, {@code categoryAtApplication},
 * {@code categoryAtStart} and, on the J-Skip route, {@code jSkipAtApplication}/{@code jSkipAtStart};
 * top-level {@code reminders} (the general requirements, not computed) and {@code hspTwo}, which says
 * how the standard of HSP(i) is met ({@code standardMet}: {@code POINTS}, {@code J_SKIP} or null). Points are
 * null on dates before the first snapshot.
 */
public final class PermanentResidenceJson {

    private final Explanations explanations;

    public PermanentResidenceJson(Explanations explanations) {
        this.explanations = explanations;
    }

    public ObjectNode write(PermanentResidenceResult result, HspTwoResult hspTwo) {
        ObjectNode root = StrictJson.nodes().objectNode();
        root.put("applicationDate", result.applicationDate().toString());
        ArrayNode routes = root.putArray("routes");
        for (RouteResult route : result.routes()) {
            routes.add(route(route));
        }
        texts(root.putArray("warnings"), result.warnings());
        texts(root.putArray("reminders"), result.reminders());
        root.set("hspTwo", hspTwo(hspTwo));
        return root;
    }

    private ObjectNode route(RouteResult route) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("route", route.route().name());
        node.put("met", route.met());
        text(node, "earliestDate", route.earliestDate().map(Object::toString));
        points(node, "pointsAtApplication", route.atApplication());
        node.put("startDate", route.startDate().toString());
        points(node, "pointsAtStart", route.atStart());
        texts(node.putArray("reasons"), route.reasons());
        if (route.route().threshold().isPresent()) {
            node.put("threshold", route.route().threshold().getAsInt());
        } else {
            node.putNull("threshold");
        }
        node.put("years", route.route().years());
        text(node, "categoryAtApplication", route.atApplication().map(p -> p.category().name()));
        text(node, "categoryAtStart", route.atStart().map(p -> p.category().name()));
        route.jSkipAtApplication().ifPresent(v -> node.set("jSkipAtApplication", jSkip(v)));
        route.jSkipAtStart().ifPresent(v -> node.set("jSkipAtStart", jSkip(v)));
        return node;
    }

    private ObjectNode hspTwo(HspTwoResult result) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("eligible", result.eligible());
        text(node, "earliestDate", result.earliestDate().map(Object::toString));
        node.put("requiredYears", result.requiredYears());
        points(node, "pointsAtApplication", result.atApplication());
        text(node, "categoryAtApplication", result.atApplication().map(p -> p.category().name()));
        text(node, "standardMet", result.standardMet().map(Enum::name));
        if (result.jSkipAtApplication().isPresent()) {
            node.set("jSkipAtApplication", jSkip(result.jSkipAtApplication().get()));
        } else {
            node.putNull("jSkipAtApplication");
        }
        texts(node.putArray("reasons"), result.reasons());
        texts(node.putArray("reminders"), result.reminders());
        return node;
    }

    /** J-Skip criteria on a date: met, the category and the basis in words. */
    public ObjectNode jSkip(JSkipVerdict verdict) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("met", verdict.met());
        text(node, "category", verdict.category().map(Enum::name));
        node.put("basis", explanations.text(verdict.basis()));
        return node;
    }

    private static void points(ObjectNode node, String name, Optional<DatedPoints> points) {
        if (points.isPresent()) {
            node.put(name, points.get().points());
        } else {
            node.putNull(name);
        }
    }

    private static void text(ObjectNode node, String name, Optional<String> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private void texts(ArrayNode array, List<Message> messages) {
        for (Message message : messages) {
            array.add(explanations.text(message));
        }
    }
}
