package org.hspnavigator.web.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.web.applicant.ApplicantRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of an applicant's facts (name, reference, period of stay, residence in Japan since, employer
 * category), on the applicants' page to add one and on the facts page to change them: its fields as the
 * JSON of the API's {@code POST} and {@code PUT /api/v1/applicants}, and a stored applicant's facts as the
 * form's values. The parts of the facts the form does not show (the household, the rest of the residence)
 * are kept from the stored applicant, since the API's PUT clears what it is not given.
 */
final class ApplicantFactsForm {

    /** The form's field of each JSON path of the facts, where a refused request's problems are shown. */
    static final Map<String, String> FIELDS = Map.of("name", "name", "reference", "reference",
            "periodOfStayExpiry", "periodOfStayExpiry", "residence", "continuousSince", "employerCategory",
            "employerCategory");

    private ApplicantFactsForm() {
    }

    /** The facts of a new applicant from the form. */
    static ObjectNode node(Map<String, String> form) {
        return node(form, Optional.empty());
    }

    /** The facts from the form, with what the form does not show taken from {@code stored}. */
    static ObjectNode node(Map<String, String> form, Optional<ApplicantRepository.Applicant> stored) {
        ObjectNode node = StrictJson.nodes().objectNode();
        text(form, "name").ifPresent(v -> node.put("name", v));
        text(form, "reference").ifPresent(v -> node.put("reference", v));
        text(form, "periodOfStayExpiry").ifPresent(v -> node.put("periodOfStayExpiry", v));
        ObjectNode residence = stored.flatMap(ApplicantRepository.Applicant::residence).flatMap(ApplicantFactsForm::object)
                .orElseGet(() -> StrictJson.nodes().objectNode());
        residence.remove("continuousSince");
        text(form, "continuousSince").ifPresent(v -> residence.put("continuousSince", v));
        if (!residence.isEmpty()) {
            node.set("residence", residence);
        }
        stored.flatMap(ApplicantRepository.Applicant::household).flatMap(ApplicantFactsForm::object)
                .ifPresent(household -> node.set("household", household));
        text(form, "employerCategory").ifPresent(v -> {
            if (v.matches("[1-4]")) {
                node.put("employerCategory", Integer.parseInt(v));
            } else {
                node.put("employerCategory", v);
            }
        });
        return node;
    }

    /** The form's values of a stored applicant, dates as the form takes them (ISO 8601). */
    static Map<String, String> values(ApplicantRepository.Applicant applicant) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", applicant.name());
        values.put("reference", applicant.reference().orElse(""));
        values.put("periodOfStayExpiry", applicant.periodOfStayExpiry().map(Object::toString).orElse(""));
        JsonNode since = applicant.residence().flatMap(ApplicantFactsForm::object).map(r -> r.get("continuousSince"))
                .orElse(null);
        values.put("continuousSince", since == null || since.isNull() ? "" : since.asString());
        values.put("employerCategory", applicant.employerCategory().isPresent()
                ? String.valueOf(applicant.employerCategory().getAsInt()) : "");
        return values;
    }

    private static Optional<ObjectNode> object(String json) {
        try {
            return StrictJson.parse(json) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
