package org.hspnavigator.web.applicant;

import java.util.List;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of applicants, snapshots and stored assessments in the workspace's answers and exports. */
public final class ApplicantJson {

    private ApplicantJson() {
    }

    public static ObjectNode applicant(ApplicantRepository.Applicant applicant) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", applicant.id());
        node.put("name", applicant.name());
        applicant.reference().ifPresentOrElse(r -> node.put("reference", r), () -> node.putNull("reference"));
        applicant.residence().ifPresentOrElse(r -> node.set("residence", ApplicantCases.parse(r)),
                () -> node.putNull("residence"));
        applicant.household().ifPresentOrElse(h -> node.set("household", ApplicantCases.parse(h)),
                () -> node.putNull("household"));
        if (applicant.employerCategory().isPresent()) {
            node.put("employerCategory", applicant.employerCategory().getAsInt());
        } else {
            node.putNull("employerCategory");
        }
        applicant.periodOfStayExpiry().ifPresentOrElse(d -> node.put("periodOfStayExpiry", d.toString()),
                () -> node.putNull("periodOfStayExpiry"));
        node.put("createdAt", applicant.createdAt().toString());
        node.put("updatedAt", applicant.updatedAt().toString());
        return node;
    }

    public static ObjectNode snapshot(ApplicantRepository.Snapshot snapshot, boolean withProfile) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", snapshot.id());
        node.put("referenceDate", snapshot.referenceDate().toString());
        node.put("createdAt", snapshot.createdAt().toString());
        snapshot.createdBy().ifPresentOrElse(u -> node.put("createdBy", u), () -> node.putNull("createdBy"));
        if (withProfile) {
            node.set("profile", ApplicantCases.parse(snapshot.profile()));
        }
        return node;
    }

    public static ObjectNode assessment(ApplicantRepository.StoredAssessment assessment) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", assessment.id());
        node.put("assessedOn", assessment.assessedOn().toString());
        node.put("ruleSet", assessment.ruleSet());
        node.put("engineVersion", assessment.engineVersion());
        assessment.bestCategory().ifPresentOrElse(c -> node.put("bestCategory", c), () -> node.putNull("bestCategory"));
        node.put("createdAt", assessment.createdAt().toString());
        assessment.createdBy().ifPresentOrElse(u -> node.put("createdBy", u), () -> node.putNull("createdBy"));
        node.set("assessment", ApplicantCases.parse(assessment.document()));
        return node;
    }

    static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode array = StrictJson.nodes().arrayNode();
        nodes.forEach(array::add);
        return array;
    }
}
