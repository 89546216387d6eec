package org.hspnavigator.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonToken;

/** A document parsed with a check of its tokens is the document parsed without one, checked in the same pass. */
class StrictJsonCheckTest {

    @Test
    void theCheckSeesEveryTokenInOrderAndTheTreeIsTheSame() throws InvalidInputException {
        String text = "{\"a\": [1, {\"b\": null}], \"c\": \"漢字\"}";
        List<JsonToken> seen = new ArrayList<>();
        assertThat(StrictJson.parse(in(text), seen::add)).isEqualTo(StrictJson.parse(text));
        assertThat(seen).containsExactly(JsonToken.START_OBJECT, JsonToken.PROPERTY_NAME, JsonToken.START_ARRAY,
                JsonToken.VALUE_NUMBER_INT, JsonToken.START_OBJECT, JsonToken.PROPERTY_NAME, JsonToken.VALUE_NULL,
                JsonToken.END_OBJECT, JsonToken.END_ARRAY, JsonToken.PROPERTY_NAME, JsonToken.VALUE_STRING,
                JsonToken.END_OBJECT);
    }

    @Test
    void whatTheCheckRefusesAfterADuplicateKeyOrTrailingContentIsRefused() {
        for (String text : List.of("{\"a\": 1, \"a\": 2, \"b\": [[true]]}", "{} [[true]]")) {
            assertThatThrownBy(() -> StrictJson.parse(in(text), token -> {
                if (token == JsonToken.VALUE_TRUE) {
                    throw new IllegalStateException("refused");
                }
            })).as(text).hasMessage("refused");
        }
    }

    @Test
    void otherwiseTheProblemsAreThoseOfTheParseWithoutACheck() {
        for (String text : List.of("", "  ", "{\"a\": 1, \"a\": 2, \"b\": [[true]]}", "{} [[true]]", "{\"a\": [1,, true]}",
                "[1, 2] x")) {
            InvalidInputException checked = thrown(() -> StrictJson.parse(in(text), token -> { }));
            InvalidInputException plain = thrown(() -> StrictJson.parse(in(text)));
            assertThat(checked.violations()).as(text).isNotEmpty().isEqualTo(plain.violations());
        }
    }

    @Test
    void theCheckStopsAtTheFirstSyntaxError() {
        List<JsonToken> seen = new ArrayList<>();
        thrown(() -> StrictJson.parse(in("[1,, false]"), seen::add));
        assertThat(seen).containsExactly(JsonToken.START_ARRAY, JsonToken.VALUE_NUMBER_INT);
    }

    private interface Parse {
        void run() throws InvalidInputException;
    }

    private static InvalidInputException thrown(Parse parse) {
        try {
            parse.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no problem reported");
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
