package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * What the tests of paged lists read from an answer: its rows' ids, the next page's link, the parameters a
 * 400 names.
 */
final class PageAnswers {

    private PageAnswers() {
    }

    /** The ids of the rows of a 200 answer's list {@code name}, in their order. */
    static List<String> ids(Answer answer, String name) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get(name).forEach(row -> ids.add(row.get("id").stringValue()));
        return ids;
    }

    /** The path of the next page, from a {@code Link} header that must match {@code next} (its group 1). */
    static Optional<String> next(Answer answer, Pattern next) {
        return answer.header("Link").map(link -> {
            Matcher matcher = next.matcher(link);
            assertThat(matcher.matches()).as(link).isTrue();
            return matcher.group(1);
        });
    }

    /** The parameters a 400 problem names. */
    static List<String> refused(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        List<String> parameters = new ArrayList<>();
        for (JsonNode error : answer.json().get("errors")) {
            assertThat(error.get("message").stringValue()).isNotBlank();
            parameters.add(error.get("path").stringValue());
        }
        return parameters;
    }
}
