package org.hspnavigator.formats.profile;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import tools.jackson.databind.JsonNode;

/**
 * What a JSON object of the contract is, by its top-level fields (docs/rules.md §18): a profile (one
 * applicant on one date) or a case (an applicant over time). Recognising one given where the other is
 * expected lets a reader name the mix-up instead of listing every field as unknown.
 */
public enum DocumentKind {

    PROFILE("what.profile"),
    CASE("what.case");

    private static final List<String> CASE_FIELDS = List.of("snapshots", "residence", "household", "employerCategory");

    private final String what;

    DocumentKind(String what) {
        this.what = what;
    }

    /** How messages name the kind: {@code a case}. */
    public Problem what() {
        return Problem.of(what);
    }

    /** The names an object of this kind may hold at its top level, in the order of the contract. */
    public List<String> fieldNames() {
        return this == CASE ? CASE_FIELDS : ProfileGroup.PROFILE.knownNames();
    }

    /**
     * The kind of {@code node}, when it is an object that holds fields of one kind and none of the other;
     * empty for anything else (no object, no known field, or fields of both).
     */
    public static Optional<DocumentKind> of(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        boolean profile = !PROFILE.fieldsIn(node).isEmpty();
        boolean applicantCase = !CASE.fieldsIn(node).isEmpty();
        return profile == applicantCase ? Optional.empty() : Optional.of(profile ? PROFILE : CASE);
    }

    /** The fields of this kind that {@code node} holds, in the order of the contract. */
    public List<String> fieldsIn(JsonNode node) {
        return fieldNames().stream().filter(node::has).toList();
    }

    /**
     * The problem of an object of this kind given where {@code expected} is:
     * {@code this is a case (it has `snapshots`, `residence`), not a profile}.
     */
    public Problem givenFor(DocumentKind expected, JsonNode node) {
        return Problem.of("document.otherKind", what(), String.join(", ", fieldsIn(node).stream()
                .map(name -> "`" + name + "`").toList()), expected.what());
    }
}
