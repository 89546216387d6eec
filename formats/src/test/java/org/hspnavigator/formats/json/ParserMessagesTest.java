package org.hspnavigator.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The parser's messages met most are worded in every language, and their English is the parser's own
 * words as before: each malformed input here is read by the parser itself for its message.
 */
class ParserMessagesTest {

    /** Malformed documents, one for each message recognised. */
    static Stream<byte[]> malformed() {
        return Stream.of("{\"a\": NaN}", "{\"a\": -Infinity}", "{\"a\": 1", "[1, 2", "{\"a\": \"x", "{\"a\": 1,",
                "[1,", "{\"a\": tru}", "{'a': 1}", "{\"a\": 1,}", "// c\n{}", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}",
                "[1 2]", "[1, }", "{\"a\": \"x\u0001y\"}", "{\"a\": 01}", "{\"a\": \"\\q\"}")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void recognisedAndEnglishAsTheParserWritesIt(byte[] input) {
        String original = parserMessage(input);
        Object detail = ParserMessages.detail(original);
        assertThat(detail).as(original).isInstanceOf(Problem.class);
        Problem problem = (Problem) detail;
        assertThat(problem.english()).isEqualTo(ParserMessages.plain(original));
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                // No word of the parser's English is left: only the JSON literals and the quoted input.
                assertThat(problem.text(language)).as("%s in %s", original, language.tag())
                        .doesNotContainPattern("(?i)\\b(expect|unexpected|token|character|input|marker|JSON String)\\b");
            }
        }
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        Problem problem = (Problem) ParserMessages.detail(parserMessage(latin1));
        assertThat(problem.english()).isEqualTo("Invalid UTF-8 start byte 0xff");
        assertThat(problem.text(Language.JA)).isEqualTo("UTF-8として正しくないバイト 0xff があります（ファイルをUTF-8で保存してください）");
        assertThat(problem.text(Language.ZH)).isEqualTo("存在无效的 UTF-8 字节 0xff（请以 UTF-8 保存文件）");
    }

    @Test
    void theWholeProblemWithItsLineAndColumn() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> StrictJson.parse("{\"a\": NaN}"));
        assertThat(invalid.violations().get(0).message(Language.EN))
                .isEqualTo("line 1, column 10: malformed JSON: Non-standard token 'NaN' (not allowed in JSON)");
        assertThat(invalid.violations().get(0).message(Language.JA))
                .isEqualTo("1 行 10 列：JSONの形式が正しくありません：トークン 'NaN' はJSONでは使えません");
        assertThat(invalid.violations().get(0).message(Language.KO))
                .isEqualTo("1행 10열: JSON 형식이 올바르지 않습니다: 토큰 'NaN'은(는) JSON에서 사용할 수 없습니다");
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStrayCharacterSaysWhatWasExpected() {
        Problem problem = (Problem) ParserMessages.detail(parserMessage("{\"a\": 1,}".getBytes(StandardCharsets.UTF_8)));
        assertThat(problem.text(Language.JA))
                .isEqualTo("予期しない文字 '}'（コード 125）があります。プロパティ名（キー）は二重引用符 \" で始めてください");
        assertThat(problem.text(Language.ZH_HANT)).isEqualTo("非預期的字元 '}'（代碼 125）：屬性名稱（鍵）須以雙引號 \" 開頭");
    }

    @Test
    void aMessageNotRecognisedStaysInTheParsersEnglish() {
        assertThat(ParserMessages.detail("Something new: enable `JsonReadFeature.X` to allow"))
                .isEqualTo("Something new (not allowed in JSON)");
    }

    /** The message of the parser reading {@code input} to its end. */
    private static String parserMessage(byte[] input) {
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), new ByteArrayInputStream(input))) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            return e.getOriginalMessage();
        }
        throw new AssertionError("the parser read it: " + new String(input, StandardCharsets.UTF_8));
    }
}
