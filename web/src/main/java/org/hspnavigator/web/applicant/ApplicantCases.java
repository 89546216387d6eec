package org.hspnavigator.web.applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case of an applicant (docs/rules.md §18, "Case") made of what is stored: the snapshots, the
 * residence, the household and the employer category, read by the command line's {@link CaseReader}, so
 * that the workspace accepts exactly the cases {@code hsp pr} and {@code hsp checklist} accept. A case
 * needs at least one snapshot and the residence; until both are there the applicant is stored without a
 * case, and what needs one says which is missing.
 */
@Component
public class ApplicantCases {

    private final ReferenceDates referenceDates;
    private final SnapshotProfiles profiles;

    public ApplicantCases(ReferenceDates referenceDates, SnapshotProfiles profiles) {
        this.referenceDates = referenceDates;
        this.profiles = profiles;
    }

    /** An applicant's case, or what it still lacks. */
    public record Outcome(Optional<ApplicantCase> applicantCase, Optional<Gap> gap) {

        /** What the case still lacks, in the API's words, when it lacks something. */
        public Optional<Problem> missing() {
            return gap.map(Gap::detail);
        }
    }

    /** Why an applicant has no case yet, for a page to say in its language. */
    public enum Reason {
        /** No profile snapshot is stored. */
        NO_SNAPSHOT,
        /** The residence (continuousSince) is not given. */
        NO_RESIDENCE,
        /** The stored parts no longer make a valid case (a rule of the case reader changed). */
        INVALID_CASE
    }

    /**
     * What an applicant's case lacks.
     *
     * @param reason    why, as a key
     * @param detail    the API's words for it (naming the request that fills the gap), in no language yet
     * @param violation for an invalid case, its first problem
     */
    public record Gap(Reason reason, Problem detail, Optional<Violation> violation) {
    }

    /** The case JSON of the stored parts (what {@code hsp pr} reads), without the parts not given. */
    public static ObjectNode document(Optional<String> residence, Optional<String> household,
            OptionalInt employerCategory, List<String> snapshots) {
        ObjectNode node = StrictJson.nodes().objectNode();
        ArrayNode array = node.putArray("snapshots");
        snapshots.forEach(snapshot -> array.add(parse(snapshot)));
        residence.ifPresent(text -> node.set("residence", parse(text)));
        household.ifPresent(text -> node.set("household", parse(text)));
        if (employerCategory.isPresent()) {
            node.put("employerCategory", employerCategory.getAsInt());
        }
        return node;
    }

    /** The case of an applicant's stored parts. */
    public Outcome caseOf(ApplicantRepository.Applicant applicant, List<ApplicantRepository.Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(new Gap(Reason.NO_SNAPSHOT,
                    Problem.of("conflict.noSnapshot", applicant.id()), Optional.empty())));
        }
        if (applicant.residence().isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(new Gap(Reason.NO_RESIDENCE,
                    Problem.of("conflict.noResidence", applicant.id()), Optional.empty())));
        }
        List<Violation> violations = new ArrayList<>();
        SnapshotProfiles.Reading reading = profiles.reading(snapshots);
        ObjectNode document = document(applicant.residence(), applicant.household(), applicant.employerCategory(),
                List.of());
        document.set("snapshots", reading.elements());
        Optional<ApplicantCase> read = reading.caseReader().read(document, "", violations);
        if (read.isEmpty()) {
            return new Outcome(Optional.empty(), Optional.of(new Gap(Reason.INVALID_CASE,
                    Problem.of("conflict.invalidCase", violations.get(0)), Optional.of(violations.get(0)))));
        }
        return new Outcome(read, Optional.empty());
    }

    /**
     * The problems of a case made of these parts, leaving out the two parts an applicant may still lack
     * (snapshots, residence): each problem at its path in the case.
     */
    public List<Violation> problems(ObjectNode caseDocument) {
        return problems(caseDocument, new CaseReader(referenceDates));
    }

    /** {@link #problems(ObjectNode)}, read by {@code reader} (one of {@link SnapshotProfiles#reading}). */
    public List<Violation> problems(ObjectNode caseDocument, CaseReader reader) {
        List<Violation> violations = new ArrayList<>();
        boolean noSnapshots = !caseDocument.has("snapshots") || caseDocument.get("snapshots").isEmpty();
        if (noSnapshots) {
            caseDocument.remove("snapshots");
        }
        reader.read(caseDocument, "", violations);
        return violations.stream()
                .filter(v -> !(noSnapshots && v.path().equals("snapshots")))
                .filter(v -> !(v.path().equals("residence") && !caseDocument.has("residence")))
                .toList();
    }

    static JsonNode parse(String text) {
        try {
            return StrictJson.parse(text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }
}
