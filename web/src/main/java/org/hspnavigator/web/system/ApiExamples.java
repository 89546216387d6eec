package org.hspnavigator.web.system;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.engine.family.FamilyFacts;
import org.hspnavigator.engine.family.FamilyPreferences;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.procedure.ChecklistRequest;
import org.hspnavigator.engine.procedure.Checklists;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.faq.MythJson;
import org.hspnavigator.formats.faq.MythTexts;
import org.hspnavigator.formats.family.FamilyJson;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.permanent.PermanentResidenceJson;
import org.hspnavigator.formats.procedure.ChecklistJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.rules.RuleBookJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.formats.validation.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The examples of the OpenAPI description: the request bodies are the files of {@code examples/}
 * (Mr Zhang's profile and case), and each response is what the API answers for them on 2026-11-27,
 * made by the same {@code formats} writers as the answers themselves. A fixed date keeps the
 * description the same from day to day, so that the copy in the repository stays true. Made when the
 * description is first asked for, not at start-up: the examples score, advise and search dates.
 */
final class ApiExamples {

    /** The date of the examples: the reference date of examples/mr-zhang.json. */
    static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    private static final String FOLDER = "/org/hspnavigator/web/examples/";

    private final Map<String, JsonNode> bySchema = new LinkedHashMap<>();

    ApiExamples() {
        try {
            make();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("an example of examples/ is invalid: " + e.getMessage(), e);
        }
    }

    /** Sets the example of every schema that has one. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    void addTo(Map<String, Schema> schemas) {
        bySchema.forEach((name, example) -> {
            Schema schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException("an example for the unknown schema " + name);
            }
            schema.setExamples(List.of(swaggerTree(example)));
        });
    }

    private void make() throws IOException, InvalidInputException {
        ReferenceDates dates = new ReferenceDates(Clock.fixed(DATE.atStartOfDay().toInstant(ZoneOffset.ofHours(-3)),
                ZoneOffset.UTC), RuleBook.official().earliestDate());
        Explanations explanations = Explanations.english();
        byte[] profileBytes = file("mr-zhang.json");
        byte[] caseBytes = file("case-zhang.json");
        JsonNode profile = StrictJson.parse(new ByteArrayInputStream(profileBytes));
        bySchema.put("Category", StrictJson.nodes().stringNode(Category.SPECIALIZED_TECHNICAL.name()));
        bySchema.put("Profile", profile);
        bySchema.put("ProfileDocument", profile);
        bySchema.put("Case", StrictJson.parse(new ByteArrayInputStream(caseBytes)));

        PointsEngine engine = PointsEngine.official();
        ProfileDocument document = ProfileDocuments.read(new ByteArrayInputStream(profileBytes), new ProfileReader(dates));
        JsonNode assessment = StrictJson.parse(new AssessmentJson(explanations).text(
                DocumentAssessment.of(document, EnumSet.allOf(Category.class), engine)));
        bySchema.put("Assessment", assessment);
        bySchema.put("AssessmentDocument", assessment);
        bySchema.put("Advice", new AdviceJson(explanations).write(
                new Advisor(engine).advise(document.profiles().get(0), 70), 5));

        ApplicantCase applicant = new CaseReader(dates).read(new ByteArrayInputStream(caseBytes));
        bySchema.put("PermanentResidence", new PermanentResidenceJson(explanations).write(
                PermanentResidence.official().assess(applicant, DATE), HspTwo.official().assess(applicant, DATE)));
        FamilyFacts facts = FamilyFacts.of(applicant, DATE).orElseThrow();
        bySchema.put("Family", new FamilyJson(MessageTexts.english("family")).write(facts,
                new FamilyPreferences().assess(facts)));
        ChecklistRequest request = ChecklistRequest.of(applicant, Procedure.CHANGE, DATE,
                Optional.of(LocalDate.of(2027, 4, 30))).orElseThrow();
        bySchema.put("Checklist", new ChecklistJson(MessageTexts.english("checklist"), explanations)
                .write(Checklists.official().build(request)));

        MythCatalog catalog = MythCatalog.official();
        MythJson myths = new MythJson(MythTexts.english());
        bySchema.put("Myth", myths.write(catalog.all().get(0)));
        bySchema.put("Myths", myths.write(catalog.all()));
        RuleBookJson rules = new RuleBookJson();
        JsonNode ruleSets = rules.ruleSets(RuleBook.official());
        bySchema.put("RuleSets", ruleSets);
        bySchema.put("Source", ruleSets.get("ruleSets").get(0).get("sources").get(0));
        bySchema.put("PointTables", rules.pointSheet(RuleBook.official().ruleSetOn(DATE), DATE));
        bySchema.put("Problem", invalidProfileProblem(dates));
    }

    /** The 400 answered for Mr Zhang's profile with a degree level misspelt and a negative salary. */
    private static JsonNode invalidProfileProblem(ReferenceDates dates) {
        String body = "{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": -1, \"degrees\": [{\"level\": \"PHD\"}]}";
        try {
            ProfileDocuments.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), new ProfileReader(dates));
            throw new IllegalStateException("the example of an invalid profile was read as valid");
        } catch (InvalidInputException e) {
            return Problems.invalid(e.violations().stream().map(Problems.Located::body).toList(), "/api/v1/assessments",
                    Language.EN);
        }
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = ApiExamples.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " of examples/ is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static Object swaggerTree(JsonNode example) {
        try {
            return Json31.mapper().readTree(StrictJson.toText(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
