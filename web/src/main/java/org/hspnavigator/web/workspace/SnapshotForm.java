package org.hspnavigator.web.workspace;

import java.util.List;
import java.util.Map;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.Problems;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot form of the applicant's page and of the page that corrects a snapshot: a date field and a
 * text area holding the profile JSON (the format of {@code hsp score}), read into the profile the API takes
 * and its refusals placed next to the two fields.
 */
final class SnapshotForm {

    private SnapshotForm() {
    }

    /**
     * The profile of the text area on the date of the date field, which replaces a referenceDate of the text.
     *
     * @throws InvalidInputException   when the text is not JSON
     * @throws InvalidRequestException when the JSON is not an object
     */
    static ObjectNode profile(String referenceDate, String profile) throws InvalidInputException {
        JsonNode node = StrictJson.parse(profile.isBlank() ? "{}" : profile);
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequestException(List.of(Problems.Located.body(new Violation("",
                    Problem.of("body.notProfileObject")))));
        }
        if (!referenceDate.isBlank()) {
            object.put("referenceDate", referenceDate.strip());
        }
        return object;
    }

    /**
     * The problems of a refused snapshot: those of its date next to the date field, every other problem of
     * the profile next to the text area; a stored snapshot of {@code others} named by its date.
     */
    static FormProblems problems(List<Problems.Located> problems, String lang, List<ApplicantRepository.Snapshot> others,
            MessageSource messages) {
        return FormProblems.of(problems, Map.of("referenceDate", "referenceDate"), "profile", lang,
                new SnapshotProblemWords(others, messages));
    }

    /** The stored profile without its referenceDate, which the form's date field holds. */
    static String withoutDate(String profile) {
        try {
            JsonNode node = StrictJson.parse(profile);
            if (node instanceof ObjectNode object) {
                object.remove("referenceDate");
            }
            return StrictJson.toText(node);
        } catch (InvalidInputException e) {
            return profile;
        }
    }
}
