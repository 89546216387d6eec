package org.hspnavigator.web.applicant;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.hspnavigator.formats.json.StrictJson;
import tools.jackson.core.JsonGenerator;
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

    /**
     * The list of applicants, {@code {"applicants": [...]}}, each as {@link #applicant} makes it, written
     * straight from the rows: the residence and household as stored, without a tree of the list or of them.
     */
    public static void writeApplicants(List<ApplicantRepository.Applicant> applicants, OutputStream out) {
        writeList("applicants", applicants, ApplicantJson::write, out);
    }

    /**
     * The assessment history, {@code {"assessments": [...]}}, each as {@link #assessment} makes it, written
     * straight from the rows: each stored assessment JSON copied, without a tree of it.
     */
    public static void writeAssessments(List<ApplicantRepository.StoredAssessment> assessments, OutputStream out) {
        writeList("assessments", assessments, ApplicantJson::write, out);
    }

    private static <T> void writeList(String name, List<T> rows, BiConsumer<JsonGenerator, T> row, OutputStream out) {
        try (JsonGenerator generator = StrictJson.generator(out)) {
            generator.writeStartObject();
            generator.writeName(name);
            generator.writeStartArray();
            for (T each : rows) {
                row.accept(generator, each);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static void write(JsonGenerator generator, ApplicantRepository.Applicant applicant) {
        generator.writeStartObject();
        writeText(generator, "id", Optional.of(applicant.id()));
        writeText(generator, "name", Optional.of(applicant.name()));
        writeText(generator, "reference", applicant.reference());
        writeStored(generator, "residence", applicant.residence());
        writeStored(generator, "household", applicant.household());
        generator.writeName("employerCategory");
        if (applicant.employerCategory().isPresent()) {
            generator.writeNumber(applicant.employerCategory().getAsInt());
        } else {
            generator.writeNull();
        }
        writeText(generator, "periodOfStayExpiry", applicant.periodOfStayExpiry().map(Object::toString));
        writeText(generator, "createdAt", Optional.of(applicant.createdAt().toString()));
        writeText(generator, "updatedAt", Optional.of(applicant.updatedAt().toString()));
        generator.writeEndObject();
    }

    private static void write(JsonGenerator generator, ApplicantRepository.StoredAssessment assessment) {
        generator.writeStartObject();
        writeText(generator, "id", Optional.of(assessment.id()));
        writeText(generator, "assessedOn", Optional.of(assessment.assessedOn().toString()));
        writeText(generator, "ruleSet", Optional.of(assessment.ruleSet()));
        writeText(generator, "engineVersion", Optional.of(assessment.engineVersion()));
        writeText(generator, "bestCategory", assessment.bestCategory());
        writeText(generator, "createdAt", Optional.of(assessment.createdAt().toString()));
        writeText(generator, "createdBy", assessment.createdBy());
        writeStored(generator, "assessment", Optional.of(assessment.document()));
        generator.writeEndObject();
    }

    private static void writeText(JsonGenerator generator, String name, Optional<String> text) {
        generator.writeName(name);
        if (text.isPresent()) {
            generator.writeString(text.get());
        } else {
            generator.writeNull();
        }
    }

    private static void writeStored(JsonGenerator generator, String name, Optional<String> document) {
        generator.writeName(name);
        if (document.isPresent()) {
            StrictJson.copy(document.get(), generator);
        } else {
            generator.writeNull();
        }
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
