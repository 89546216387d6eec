package org.hspnavigator.web.system;

import java.util.List;
import java.util.Set;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 9457 problem details ({@code application/problem+json}), the body of every error the API
 * returns: {@code type} ({@code about:blank}: the status says it all), {@code title} (the status's
 * phrase, in the language the request accepts), {@code status}, {@code detail} (what went wrong, in words) and {@code instance} (the path
 * asked for), plus, where they apply, {@code errors} (every problem of the input, each with its
 * {@code path} and {@code message}, in the command line's words and the language the request accepts),
 * {@code limit} and {@code errorId}.
 * Written as bytes with their content type set, so that a client that accepts only something else
 * still gets the problem.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** The statuses the API answers with whose titles the validation texts translate. */
    static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 501, 503, 505);

    private Problems() {
    }

    /** A problem of the status, with the detail in words, its title in English. */
    public static ObjectNode problem(HttpStatusCode status, String detail, String instance) {
        return problem(status, detail, instance, Language.EN);
    }

    /**
     * A problem of the status, its title in {@code language} (the status's English phrase in English, and
     * for a status without a translated title) and the detail as given.
     */
    public static ObjectNode problem(HttpStatusCode status, String detail, String instance, Language language) {
        ObjectNode problem = StrictJson.nodes().objectNode();
        problem.put("type", "about:blank");
        problem.put("title", title(status, language));
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    /** A problem of the status with its title and detail in {@code language}. */
    public static ObjectNode problem(HttpStatusCode status, Problem detail, String instance, Language language) {
        return problem(status, detail.text(language), instance, language);
    }

    /** The title of a status in a language: a key {@code problem.title.404} of the validation texts. */
    static String title(HttpStatusCode status, Language language) {
        if (language != Language.EN && TITLED.contains(status.value())) {
            return Problem.of("problem.title." + status.value()).text(language);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    /**
     * A 400 naming every problem, each message in {@code language} (its path as the input names it):
     * {@code where} is {@code body} or {@code query}, as the violation came from.
     */
    public static ObjectNode invalid(List<Located> violations, String instance, Language language) {
        ObjectNode problem = problem(HttpStatus.BAD_REQUEST, violations.size() == 1 ? Problem.of("request.problem")
                : Problem.of("request.problems", violations.size()), instance, language);
        ArrayNode errors = problem.putArray("errors");
        for (Located located : violations) {
            errors.addObject().put("in", located.in()).put("path", located.violation().path())
                    .put("message", located.violation().problem(language));
        }
        return problem;
    }

    /**
     * A problem of the input and where it was found.
     *
     * @param in        {@code body} (the path is a JSON path, empty for the text as a whole) or
     *                  {@code query} (the path is the parameter's name)
     * @param violation the problem, in the words of the command line
     */
    public record Located(String in, Violation violation) {

        public static Located body(Violation violation) {
            return new Located("body", violation);
        }

        public static Located query(String parameter, Problem problem) {
            return new Located("query", new Violation(parameter, problem));
        }
    }

    /** The response carrying {@code problem}, with {@code headers} (Allow, Accept...) kept. */
    public static ResponseEntity<byte[]> response(ObjectNode problem, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        if (headers != null) {
            all.putAll(headers);
        }
        all.setContentType(PROBLEM_JSON);
        return ResponseEntity.status(problem.get("status").intValue()).headers(all).body(JsonResponses.bytes(problem));
    }

    public static ResponseEntity<byte[]> response(ObjectNode problem) {
        return response(problem, null);
    }
}
