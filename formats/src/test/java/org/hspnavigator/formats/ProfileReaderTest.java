package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;

/** The profile JSON (docs/rules.md §18): defaults, exact numbers, dates relative to today in Japan. */
class ProfileReaderTest {

    /** 16:30 UTC on 2026-11-26 is already 01:30 on 2026-11-27 in Tokyo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T16:30:00Z"), ZoneOffset.UTC);
    private static final ProfileReader READER = new ProfileReader(
            new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));

    @Test
    void aMinimalProfileTakesTheDefaultsAndTodayInJapan() throws InvalidInputException {
        Profile profile = single("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000}");
        assertThat(profile.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(profile.degrees()).isEmpty();
        assertThat(profile.careerYears().specializedTechnical()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(profile.position()).isEqualTo(ExecutivePosition.NONE);
        assertThat(profile.japaneseLanguage().jlpt()).isEmpty();
        assertThat(profile.employer().rdExpenseRatioPercent()).isEmpty();
        assertThat(profile.investmentYen()).isZero();
    }

    @Test
    void nullOptionalFieldsAreTheirDefaults() throws InvalidInputException {
        Profile profile = single("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000, \"degrees\": null,"
                + " \"japaneseLanguage\": {\"jlpt\": null, \"bjtScore\": null}, \"position\": null}");
        assertThat(profile.degrees()).isEmpty();
        assertThat(profile.japaneseLanguage().bjtScore()).isEmpty();
        assertThat(profile.position()).isEqualTo(ExecutivePosition.NONE);
    }

    @Test
    void numbersAreReadExactly() throws InvalidInputException {
        Profile profile = single("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8e6,"
                + " \"careerYears\": {\"specializedTechnical\": 4.99999999999999999999},"
                + " \"employer\": {\"sme\": true, \"rdExpenseRatioPercent\": 3.00000000000000000001}}");
        assertThat(profile.annualSalaryYen()).isEqualTo(8_000_000L);
        assertThat(profile.careerYears().specializedTechnical()).isLessThan(new BigDecimal(5));
        assertThat(profile.employer().rdExpenseRatioPercent().orElseThrow()).isGreaterThan(new BigDecimal(3));
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() throws InvalidInputException {
        assertThat(single("{\"birthDate\": \"1994-03-10\", \"annualSalaryYen\": 8000000.0}").annualSalaryYen())
                .isEqualTo(8_000_000L);
    }

    @Test
    void aReferenceDateUpToOneYearAheadIsAcceptedAndNotADayMore() throws InvalidInputException {
        assertThat(single(profileOn("2027-11-27")).referenceDate()).isEqualTo(LocalDate.of(2027, 11, 27));
        assertThat(violations(profileOn("2027-11-28"))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("referenceDate: 2027-11-28 is more than 1 year"));
    }

    @Test
    void theFirstDayOfTheRulesIsAcceptedAndTheDayBeforeIsNot() throws InvalidInputException {
        assertThat(single(profileOn("2013-12-24")).referenceDate()).isEqualTo(LocalDate.of(2013, 12, 24));
        assertThat(violations(profileOn("2013-12-23"))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("referenceDate: 2013-12-23 is before 2013-12-24"));
    }

    @Test
    void anOverridingDateReplacesTheProfilesOwnAndIsNamedInMessages() throws InvalidInputException {
        ProfileReader overriding = READER.withReferenceDate(LocalDate.of(2020, 1, 1), "origin.dateOption");
        Profile profile = ProfileDocuments.read(stream("{\"referenceDate\": \"2012-01-01\", \"birthDate\": \"1990-01-01\","
                + " \"annualSalaryYen\": 1}"), overriding).profiles().get(0);
        assertThat(profile.referenceDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> ProfileDocuments.read(
                stream("{\"birthDate\": \"2021-01-01\", \"annualSalaryYen\": 1}"), overriding));
        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("birthDate: 2021-01-01 is not before the reference date 2020-01-01 (--date)"));
    }

    @Test
    void everyProblemOfAProfileIsReportedAtOnce() {
        assertThat(violations("{\"annualSalaryYen\": -5, \"degrees\": [{\"level\": \"PHD\"}], \"extra\": 1}"))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("extra", "birthDate", "annualSalaryYen", "degrees[0].level");
    }

    @Test
    void anArrayOfProfilesIsReadInOrderWithItsProblemsNamedByIndex() throws InvalidInputException {
        ProfileDocument document = ProfileDocuments.read(stream("[" + profileOn("2020-01-01") + ","
                + profileOn("2021-01-01") + "]"), READER);
        assertThat(document.isArray()).isTrue();
        assertThat(document.profiles()).extracting(Profile::referenceDate)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        assertThat(violations("[" + profileOn("2020-01-01") + ", {\"birthDate\": \"x\", \"annualSalaryYen\": 1}]"))
                .extracting(Violation::path).containsExactly("[1].birthDate");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws InvalidInputException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = profileOn("2020-01-01").getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, input, 0, bom.length);
        System.arraycopy(json, 0, input, bom.length, json.length);
        assertThat(ProfileDocuments.read(new ByteArrayInputStream(input), READER).profiles()).hasSize(1);
    }

    @Test
    void aDuplicateKeyInANestedObjectIsNamedByItsPath() {
        assertThat(violations("{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1,"
                + " \"degrees\": [{\"level\": \"MASTER\", \"level\": \"DOCTORATE\"}]}"))
                .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("degrees[0].level"));
    }

    @Test
    void degreesKeepTheirFlags() throws InvalidInputException {
        Profile profile = single("{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 1, \"degrees\": ["
                + "{\"level\": \"PROFESSIONAL\", \"field\": \"Law\", \"inJapan\": true, \"designatedUniversity\": true,"
                + " \"japaneseMajor\": true}]}");
        assertThat(profile.degrees()).singleElement().satisfies(degree -> {
            assertThat(degree.level()).isEqualTo(DegreeLevel.PROFESSIONAL);
            assertThat(degree.field()).contains("Law");
            assertThat(degree.inJapan()).isTrue();
            assertThat(degree.designatedUniversity()).isTrue();
            assertThat(degree.japaneseMajor()).isTrue();
        });
    }

    @Test
    void anIdLabelsTheProfileWithoutChangingIt() throws InvalidInputException {
        ProfileDocument document = ProfileDocuments.read(stream("[{\"id\": \"A-001 Zhang\", \"referenceDate\": \"2020-01-01\","
                + " \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 6000000}, " + profileOn("2020-01-01") + "]"),
                READER);
        assertThat(document.ids()).containsExactly(java.util.Optional.of("A-001 Zhang"), java.util.Optional.empty());
        assertThat(document.profiles().get(0)).isEqualTo(document.profiles().get(1));
    }

    @Test
    void anIdIsTextOfOneTo200Characters() throws InvalidInputException {
        assertThat(ProfileDocuments.read(stream(profileWithId("\"" + "x".repeat(200) + "\"")), READER).ids())
                .containsExactly(java.util.Optional.of("x".repeat(200)));
        assertThat(violations(profileWithId("\"" + "x".repeat(201) + "\""))).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("id"));
        assertThat(violations(profileWithId("\" \""))).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("id"));
        assertThat(violations(profileWithId("17"))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("id: expected"));
        assertThat(ProfileDocuments.read(stream(profileWithId("null")), READER).ids())
                .containsExactly(java.util.Optional.empty());
    }

    private static String profileWithId(String id) {
        return "{\"id\": " + id + ", \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 6000000}";
    }

    private static String profileOn(String date) {
        return "{\"referenceDate\": \"" + date + "\", \"birthDate\": \"1990-01-01\", \"annualSalaryYen\": 6000000}";
    }

    private static Profile single(String json) throws InvalidInputException {
        return ProfileDocuments.read(stream(json), READER).profiles().get(0);
    }

    private static List<Violation> violations(String json) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ProfileDocuments.read(stream(json), READER));
        assertThat(refused).as("refused: " + json).isNotNull();
        return refused.violations();
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
