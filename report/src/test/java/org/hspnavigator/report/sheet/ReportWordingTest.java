package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.summary.ApplicantSummaries;
import org.hspnavigator.report.summary.SheetSource;
import org.hspnavigator.report.summary.SummaryPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of both reports as their readers meet them: dates written as each language writes them
 * (docs/glossary.md), Chinese with full-width punctuation, the official sources titled in the report's
 * language, and the names of the items and categories those of the glossary.
 */
class ReportWordingTest {

    private static final List<String> EXAMPLES = List.of("mr-zhang", "ms-li", "dr-wang");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static List<String> reportTexts(ReportLanguage language) {
        List<String> texts = new ArrayList<>();
        for (String example : EXAMPLES) {
            Profile profile = SheetPdfFixture.example(example + ".json");
            ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
            for (Category category : Category.values()) {
                texts.add(SheetPdfFixture.text(SheetPdfFixture.pdf(result, profile, category, language)));
            }
            texts.add(SheetPdfFixture.text(new SummaryPdf(language, SheetSource.COMMAND_LINE).write(
                    ApplicantSummaries.official().of(profile, Optional.empty(), Optional.empty()), SheetPdfFixture.CREATED)));
        }
        return texts;
    }

    /**
     * 2026年11月27日 and 2026년 11월 27일 in the reports of the other languages, as the engine's sentences
     * beside them write dates; ISO 8601 only in English. The rule set keeps its id (2023-03-31), a name
     * rather than a date to be read.
     */
    @ParameterizedTest
    @EnumSource(value = ReportLanguage.class, names = {"JA", "ZH", "ZH_HANT", "KO"})
    void datesAreWrittenAsTheLanguageWritesThem(ReportLanguage language) {
        String ruleSet = SheetPdfFixture.ENGINE.ruleBook().ruleSetOn(SheetPdfFixture.example("mr-zhang.json")
                .referenceDate()).id();
        String written = language == ReportLanguage.KO ? "2026년 11월 27일" : "2026年11月27日";
        for (String text : reportTexts(language)) {
            Matcher iso = ISO_DATE.matcher(text.replace(ruleSet, ""));
            boolean found = iso.find();
            assertThat(found).as("%s: %s in%n%s", language, found ? iso.group() : "", text).isFalse();
            assertThat(text).contains(written);
        }
    }

    @Test
    void englishKeepsIsoDates() {
        for (String text : reportTexts(ReportLanguage.EN)) {
            assertThat(text).contains("2026-11-27");
        }
    }

    /** Chinese punctuation is full-width: no ASCII comma, colon, semicolon or parenthesis beside a Chinese character. */
    @ParameterizedTest
    @CsvSource({"sheet/report, zh", "sheet/report, zh_Hant", "summary/summary, zh", "summary/summary, zh_Hant"})
    void chineseBundlesUseFullWidthPunctuation(String bundle, String language) throws IOException {
        Pattern halfWidth = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}）] ?[,:;()]|[,:;(] ?[\\p{IsHan}]");
        Properties texts = new Properties();
        String path = "org/hspnavigator/report/" + bundle + "_" + language + ".properties";
        try (InputStream in = ReportWordingTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : texts.stringPropertyNames()) {
            assertThat(halfWidth.matcher(texts.getProperty(key)).find()).as(path + " " + key + ": "
                    + texts.getProperty(key)).isFalse();
        }
    }

    /** What the reports join in code (a label and its text, a document and its item) is full-width in Chinese too. */
    @ParameterizedTest
    @CsvSource({"ZH, 依据：, 依据:", "ZH_HANT, 依據：, 依據:"})
    void chineseLabelsAreJoinedWithFullWidthPunctuation(ReportLanguage language, String fullWidth, String ascii) {
        Profile profile = SheetPdfFixture.example("mr-zhang.json");
        String sheet = SheetPdfFixture.text(SheetPdfFixture.pdf(SheetPdfFixture.ENGINE.score(profile), profile,
                Category.SPECIALIZED_TECHNICAL, language));
        assertThat(sheet).contains(fullWidth).doesNotContain(ascii);
        String summary = SheetPdfFixture.text(new SummaryPdf(language, SheetSource.COMMAND_LINE).write(
                ApplicantSummaries.official().of(profile, Optional.empty(), Optional.empty()), SheetPdfFixture.CREATED));
        SheetTexts texts = new SheetTexts(language);
        assertThat(summary).contains("（" + texts.itemName(CriterionId.EDUCATION) + "）")
                .contains(texts.itemName(CriterionId.AGE) + "：")
                .contains("（高度専門職1号ロ）");
    }

    /**
     * The last day before a drop follows the drop as a sentence of the language follows another: after a
     * space in English and Korean, directly in Japanese and Chinese. Ms Li drops from 70 to 65 points on her
     * 30th birthday, 2028-07-01.
     */
    @ParameterizedTest
    @CsvSource({"JA, 70点 → 65点（30歳になる）70点で申請できる最終日", "ZH, 70分 → 65分（满30岁）以70分申请的最后一天",
        "ZH_HANT, 70分 → 65分（滿30歲）以70分申請的最後一天", "KO, 70점 → 65점 (만 30세가 됨) 70점으로 신청할",
        "EN, 70 → 65 points (turns 30) Last day to apply with 70 points"})
    void theLastDayFollowsTheDropAsTheLanguageJoinsSentences(ReportLanguage language, String expected) {
        String summary = SheetPdfFixture.text(new SummaryPdf(language, SheetSource.COMMAND_LINE).write(ApplicantSummaries.official().of(
                SheetPdfFixture.example("ms-li.json"), Optional.empty(), Optional.empty()), SheetPdfFixture.CREATED));
        assertThat(summary).contains(expected);
    }

    /** Every source a rule set cites has a title in every language; the sheet gives it in its language. */
    @Test
    void theSourcesAreTitledInTheReportsLanguage() {
        for (ReportLanguage language : ReportLanguage.values()) {
            SheetTexts texts = new SheetTexts(language);
            for (RuleSet ruleSet : SheetPdfFixture.ENGINE.ruleBook().ruleSets()) {
                for (Source source : ruleSet.sources()) {
                    assertThat(texts.sourceTitle(source)).as("%s in %s", source.id(), language.tag()).isNotBlank();
                }
            }
        }
        Profile profile = SheetPdfFixture.example("mr-zhang.json");
        String japanese = SheetPdfFixture.text(SheetPdfFixture.pdf(SheetPdfFixture.ENGINE.score(profile), profile,
                Category.SPECIALIZED_TECHNICAL, ReportLanguage.JA));
        assertThat(japanese).contains("出典：出入国在留管理庁：ポイント計算表（参考書式）")
                .doesNotContain("ISA point calculation sheets");
    }

    /**
     * The items and categories are named as docs/glossary.md names them (its ids are those of the
     * profile format where they differ from the criteria's); the parentheses are the language's own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ZH", "ZH_HANT", "KO"})
    void itemAndCategoryNamesKeepToTheGlossary(ReportLanguage language) throws IOException {
        int column = switch (language) {
            case ZH -> 3;
            case ZH_HANT -> 4;
            default -> 5;
        };
        Map<String, String> glossary = glossaryColumn(column);
        Map<String, String> glossaryIds = Map.of("academicBackground", "education", "multipleFields",
                "multipleDegrees", "professionalCareer", "career", "annualSalary", "salary",
                "researchAchievements", "research");
        SheetTexts texts = new SheetTexts(language);
        int compared = 0;
        for (Map.Entry<String, String> term : glossary.entrySet()) {
            String id = glossaryIds.getOrDefault(term.getKey(), term.getKey());
            Optional<CriterionId> criterion = CriterionId.byId(id);
            Optional<Category> category = java.util.Arrays.stream(Category.values())
                    .filter(c -> c.name().equals(id)).findFirst();
            String expected = normalized(term.getValue());
            if (criterion.isPresent()) {
                assertThat(normalized(texts.text("item." + criterion.get().name()))).as(id).isEqualTo(expected);
                compared++;
            } else if (category.isPresent()) {
                assertThat(normalized(texts.text("category." + category.get().name()))).as(id).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(22);
        assertThat(normalized(texts.text("heading.evidence"))).startsWith(normalized(glossary.get("evidence")));
    }

    /** A term without "(proposed)" and with one kind of parentheses, so that 职历（实务经验） is 职历 (实务经验). */
    private static String normalized(String term) {
        return term.replace(" (proposed)", "").replace("（", "(").replace("）", ")").replace(" (", "(").trim();
    }

    /** The terms of one language's column of the glossary's tables, by the id in the first column. */
    private static Map<String, String> glossaryColumn(int column) throws IOException {
        Path glossary = CaseFiles.repositoryRoot().resolve("docs").resolve("glossary.md");
        Map<String, String> terms = new LinkedHashMap<>();
        for (String line : Files.readAllLines(glossary, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| id ") || line.startsWith("| |")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|");
            if (cells.length > column) {
                terms.put(cells[0].trim(), cells[column].trim());
            }
        }
        return terms;
    }
}
