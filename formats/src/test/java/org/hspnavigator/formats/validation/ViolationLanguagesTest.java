package org.hspnavigator.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.InvalidCase;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The problems of bad input in the five languages: every problem of every invalid profile and case of
 * cases/invalid is written in each of the four other languages in words of its own (no English text
 * left as it was), its JSON path unchanged; and a few are checked word for word.
 */
class ViolationLanguagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);
    private static final ReferenceDates DATES = new ReferenceDates(CLOCK, RuleBook.official().earliestDate());
    private static final ProfileReader PROFILES = new ProfileReader(DATES);
    private static final CaseReader CASES = new CaseReader(DATES);
    private static final List<Language> TRANSLATED = List.of(Language.JA, Language.ZH, Language.ZH_HANT, Language.KO);
    /** The first ideographs, kana and hangul of Unicode: a text with none of them has no word of the four languages. */
    private static final int FIRST_CJK = 0x2E80;

    @TestFactory
    Stream<DynamicTest> everyProblemOfTheInvalidCasesIsTranslated() {
        List<DynamicTest> tests = new ArrayList<>();
        for (InvalidCase invalid : CaseFiles.invalidCases()) {
            tests.add(DynamicTest.dynamicTest(invalid.displayName(), () -> assertTranslated(catchThrowableOfType(
                    InvalidInputException.class, () -> ProfileDocuments.read(new ByteArrayInputStream(invalid.input()),
                            PROFILES)))));
        }
        for (InvalidCase invalid : CaseFiles.invalidApplicantCases()) {
            tests.add(DynamicTest.dynamicTest(invalid.displayName(), () -> assertTranslated(catchThrowableOfType(
                    InvalidInputException.class, () -> CASES.read(new ByteArrayInputStream(invalid.input()))))));
        }
        return tests.stream();
    }

    @Test
    void aProfileInJapaneseKoreanAndBothChineseScripts() {
        List<Violation> violations = violations("""
                {"birthDate": "1990-02-30", "annualSalaryYen": 8000000.5, "degrees": [{"level": "master"}],
                 "careerYear": {}}
                """);
        assertThat(violations).extracting(violation -> violation.message(Language.JA))
                .anySatisfy(message -> assertThat(message)
                        .startsWith("careerYear: 不明なフィールドです。\"careerYears\" のことですか？（既知のフィールド："))
                .contains("birthDate: \"1990-02-30\" は実在しない日付です",
                        "annualSalaryYen: 整数（単位：円）を指定してください。指定された値：8000000.5",
                        "degrees[0].level: 不明な値 \"master\" です。\"MASTER\" のことですか？ 値は大文字で書きます。"
                                + "DOCTORATE, MBA_MOT, MASTER, PROFESSIONAL, BACHELOR のいずれかを指定してください");
        assertThat(violations).extracting(violation -> violation.message(Language.KO))
                .contains("annualSalaryYen: 정수(단위: 엔)를 지정해야 합니다. 입력된 값: 8000000.5");
        assertThat(violations).extracting(violation -> violation.message(Language.ZH_HANT))
                .contains("annualSalaryYen: 須為整數（單位：日圓），實際為 8000000.5");
        assertThat(violations).extracting(violation -> violation.message(Language.ZH))
                .contains("annualSalaryYen: 须为整数（单位：日元），实际为 8000000.5");
        assertThat(violations).extracting(Violation::message)
                .contains("annualSalaryYen: must be a whole number of yen, got 8000000.5");
    }

    @Test
    void datesAreWrittenAsTheLanguageWritesThem() {
        List<Violation> violations = violations("{\"referenceDate\": \"2026-04-01\", \"birthDate\": \"2027-01-01\","
                + " \"annualSalaryYen\": 8000000}");
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.message()).isEqualTo("birthDate: 2027-01-01 is not before the reference date 2026-04-01");
            assertThat(violation.message(Language.JA)).isEqualTo("birthDate: 2027年1月1日 は基準日 2026年4月1日より前ではありません");
            assertThat(violation.message(Language.KO))
                    .isEqualTo("birthDate: 2027년 1월 1일은(는) 기준일 2026년 4월 1일보다 이전이 아닙니다");
        });
    }

    @Test
    void aCsvHeaderInSimplifiedChinese() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> CsvProfileColumns.of(List.of("birthDate", "birthdate", "birthDate")));
        List<String> messages = refused.violations().stream().map(violation -> violation.message(Language.ZH)).toList();
        assertThat(messages).contains("birthDate: 该列在表头中出现两次（第 1 列和第 3 列）");
        assertThat(messages).anySatisfy(message -> assertThat(message)
                .startsWith("birthdate: 未知的列；您是否指 \"birthDate\"？（已知列："));
    }

    private static List<Violation> violations(String json) {
        return catchThrowableOfType(InvalidInputException.class, () -> ProfileDocuments.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), PROFILES)).violations();
    }

    private static void assertTranslated(InvalidInputException refused) {
        assertThat(refused).as("refused").isNotNull();
        for (Violation violation : refused.violations()) {
            String english = violation.problem();
            assertThat(violation.message(Language.EN)).isEqualTo(violation.message());
            for (Language language : TRANSLATED) {
                String translated = violation.problem(language);
                assertThat(translated).as("%s in %s", english, language.tag()).isNotEqualTo(english);
                assertThat(translated.chars().anyMatch(c -> c >= FIRST_CJK)).as("words of %s in: %s", language.tag(),
                        translated).isTrue();
                assertThat(violation.message(language)).as("path of %s", english)
                        .isEqualTo(violation.path().isEmpty() ? translated : violation.path() + ": " + translated);
            }
        }
    }
}
