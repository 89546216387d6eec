package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.cases.CaseFiles.ScoringCase;
import org.hspnavigator.formats.json.JsonArrayWriter;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.DocumentKind;
import org.hspnavigator.formats.profile.LabelledProfile;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ProfileStream;
import org.hspnavigator.formats.profile.ProfileStream.Element;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A document read a profile at a time ({@link ProfileStream}) gives what the document read whole
 * ({@link ProfileDocuments}) gives: the same profiles, or the same problems in the same words; and an
 * array written element by element is the text of the array written whole.
 */
class ProfileStreamTest {

    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(Clock.systemUTC(), RuleBook.official().earliestDate()));

    @TestFactory
    Stream<DynamicTest> everyInvalidCaseIsRefusedInTheSameWords() {
        return CaseFiles.invalidCases().stream().map(invalid -> DynamicTest.dynamicTest(invalid.displayName(), () -> {
            InvalidInputException whole = catchThrowableOfType(InvalidInputException.class,
                    () -> ProfileDocuments.read(new ByteArrayInputStream(invalid.input()), READER));
            assertThat(streamed(invalid.input()).violations()).isEqualTo(whole.violations());
        }));
    }

    @Test
    void theScoringCasesAsOneArrayGiveTheSameProfilesInOrder() throws InvalidInputException {
        ArrayNode array = StrictJson.nodes().arrayNode();
        CaseFiles.scoringCases().stream().map(ScoringCase::input).forEach(array::add);
        byte[] document = StrictJson.toText(array).getBytes(StandardCharsets.UTF_8);
        Streamed streamed = streamed(document);
        assertThat(streamed.violations()).isEmpty();
        assertThat(streamed.isArray()).isTrue();
        ProfileDocument whole = ProfileDocuments.read(new ByteArrayInputStream(document), READER);
        assertThat(streamed.profiles()).hasSizeGreaterThan(100).isEqualTo(whole.profiles());
        assertThat(streamed.ids()).isEqualTo(whole.ids());
    }

    @Test
    void eachProfileComesWithItsIdWhenItHasOne() {
        Streamed streamed = streamed(("[{\"id\": \"A-001\", \"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 1},"
                + " {\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1}]").getBytes(StandardCharsets.UTF_8));
        assertThat(streamed.violations()).isEmpty();
        assertThat(streamed.ids()).containsExactly(Optional.of("A-001"), Optional.empty());
    }

    @Test
    void aCaseIsRefusedAsACaseInTheWordsOfTheWholeDocument() {
        byte[] applicantCase = "{\"snapshots\": [], \"residence\": {}}".getBytes(StandardCharsets.UTF_8);
        WrongDocumentException whole = catchThrowableOfType(WrongDocumentException.class,
                () -> ProfileDocuments.read(new ByteArrayInputStream(applicantCase), READER));
        WrongDocumentException streamed = catchThrowableOfType(WrongDocumentException.class, () -> {
            try (ProfileStream stream = ProfileStream.open(new ByteArrayInputStream(applicantCase), READER)) {
                stream.next(new ArrayList<>());
            }
        });
        assertThat(streamed.found()).isEqualTo(DocumentKind.CASE);
        assertThat(streamed.violations()).isEqualTo(whole.violations());
    }

    @Test
    void aSingleProfileIsNoArray() throws InvalidInputException {
        Streamed streamed = streamed("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(streamed.isArray()).isFalse();
        assertThat(streamed.profiles()).hasSize(1);
    }

    @Test
    void anArrayWrittenElementByElementIsTheArrayWrittenWhole() throws InvalidInputException {
        for (String text : List.of("[]", "[{}]", "[{\"a\": [1, {\"b\": null}], \"c\": \"漢字\"}, 2.50, \"x\", [], {}]")) {
            JsonNode array = StrictJson.parse(text);
            StringWriter out = new StringWriter();
            try (JsonArrayWriter writer = StrictJson.arrayWriter(out)) {
                array.forEach(writer::add);
            }
            assertThat(out.toString()).isEqualTo(StrictJson.toText(array));
        }
    }

    private record Streamed(boolean isArray, List<Profile> profiles, List<Optional<String>> ids,
            List<Violation> violations) {
    }

    private static Streamed streamed(byte[] document) {
        List<Profile> profiles = new ArrayList<>();
        List<Optional<String>> ids = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        boolean isArray = false;
        try (ProfileStream stream = ProfileStream.open(new ByteArrayInputStream(document), READER)) {
            isArray = stream.isArray();
            for (Element element = stream.next(violations); element != null; element = stream.next(violations)) {
                element.profile().map(LabelledProfile::profile).ifPresent(profiles::add);
                element.profile().map(LabelledProfile::id).ifPresent(ids::add);
                assertThat(element.profile().isPresent() || !violations.isEmpty()).isTrue();
            }
        } catch (InvalidInputException e) {
            // As the whole document: malformed JSON is its one problem.
            return new Streamed(isArray, List.of(), List.of(), e.violations());
        }
        return new Streamed(isArray, profiles, ids, violations);
    }
}
