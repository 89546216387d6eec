package org.hspnavigator.web.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hspnavigator.formats.text.BundleScripts;
import org.hspnavigator.formats.text.ChinesePunctuation;
import org.hspnavigator.formats.text.JapanesePunctuation;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The translations of the rule book say what docs/rules.md says, as packaged for the rules page: the same
 * sections §1–§18 in the same order, and in each section the same numbers (dates, yen, points, years,
 * articles), the same identifiers and addresses and the same number of rows in each table. A rule changed
 * in English and not in a translation fails here. The numbers of a section are compared as a sorted
 * list, each as often as it is written, not in the order written: Japanese, Chinese and Korean put the
 * parts of a sentence in another order than English.
 */
class RuleBookTranslationsTest {

    private static final Pattern SECTION_HEADING = Pattern.compile("^## (§\\d+)\\b.*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ADDRESS = Pattern.compile("https://[^\\s|)）]+");
    /** The number of 高度専門職1号 / 2号 in each script: part of the status's name, not a figure of a rule. */
    private static final Pattern STATUS_NUMBER = Pattern.compile("(?<!\\d)[12] ?[号號호]");
    /** Millions as English writes them in a few places (¥300M), to compare with the digits of the others. */
    private static final Pattern MILLIONS = Pattern.compile("¥(\\d+)M\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b");
    /** A row of §16's table of evidence: its number on the point sheet (①–㉑), the item and the evidence. */
    private static final Pattern EVIDENCE_ROW = Pattern.compile("^\\| ([\u2460-\u2473\u3251]) \\| ([^|]+?) \\| (.+) \\|$");
    private static final Pattern CIRCLED_NUMBER = Pattern.compile("[\u2460-\u2473\u3251]");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    @ParameterizedTest
    @EnumSource(value = PageLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasItsTranslationPackaged(PageLanguage language) {
        assertThat(read(RuleBookPage.resource(language))).as(RuleBookPage.resource(language)).isNotNull();
        assertThat(RuleBookPage.of(language).language()).isEqualTo(language);
    }

    @Test
    void aLanguageWithoutItsTranslationGetsTheEnglishRuleBookMarkedSo() {
        String english = read(RuleBookPage.resource(PageLanguage.ENGLISH));
        RuleBookPage page = RuleBookPage.of(PageLanguage.KOREAN,
                resource -> resource.equals(RuleBookPage.resource(PageLanguage.ENGLISH)) ? english : null);
        assertThat(page.language()).isEqualTo(PageLanguage.ENGLISH);
        assertThat(page.fallsBackFrom(PageLanguage.KOREAN)).isTrue();
        assertThat(page.html()).contains("<h2 id=\"s4\">§4 Annual salary (年収)</h2>");
        assertThat(RuleBookPage.of(PageLanguage.KOREAN).fallsBackFrom(PageLanguage.KOREAN)).isFalse();
        assertThat(RuleBookPage.of(PageLanguage.ENGLISH).fallsBackFrom(PageLanguage.ENGLISH)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PageLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyTranslationHasTheSectionsOfTheEnglishRuleBook(PageLanguage language) {
        List<Section> english = sections(read(RuleBookPage.resource(PageLanguage.ENGLISH)));
        List<Section> translated = sections(read(RuleBookPage.resource(language)));
        assertThat(translated.stream().map(Section::name).toList()).as(language.tag())
                .isEqualTo(english.stream().map(Section::name).toList());
        assertThat(english).hasSize(19);
        assertThat(translated.stream().map(section -> section.headings).toList()).as(language.tag() + ": headings")
                .isEqualTo(english.stream().map(section -> section.headings).toList());
    }

    @ParameterizedTest
    @EnumSource(value = PageLanguage.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everySectionHasTheNumbersIdentifiersAndRowsOfTheEnglishOne(PageLanguage language) {
        List<Section> english = sections(read(RuleBookPage.resource(PageLanguage.ENGLISH)));
        List<Section> translated = sections(read(RuleBookPage.resource(language)));
        for (int i = 0; i < Math.min(english.size(), translated.size()); i++) {
            Section source = english.get(i);
            Section translation = translated.get(i);
            String where = language.tag() + " " + source.name();
            assertThat(difference(translation.numbers(), source.numbers())).as(where + ": numbers").isEmpty();
            assertThat(translation.codes()).as(where + ": identifiers").isEqualTo(source.codes());
            assertThat(translation.addresses()).as(where + ": addresses").isEqualTo(source.addresses());
            assertThat(translation.tableRows()).as(where + ": table rows").isEqualTo(source.tableRows());
        }
    }

    /**
     * A row of the evidence table that refers to another row by its number (①: "not needed when ⑱ covers
     * it") also names that row's item: a reader of the rules page has no point sheet beside it.
     */
    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void anEvidenceRowThatRefersToAnotherNamesItsItem(PageLanguage language) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : read(RuleBookPage.resource(language)).lines().toList()) {
            Matcher row = EVIDENCE_ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), new String[] {row.group(2).strip(), row.group(3)});
            }
        }
        assertThat(rows).as(language.tag()).hasSize(21);
        rows.forEach((number, row) -> {
            Matcher reference = CIRCLED_NUMBER.matcher(row[1]);
            while (reference.find()) {
                String item = rows.get(reference.group())[0];
                assertThat(row[1]).as("%s %s refers to %s", language.tag(), number, reference.group()).contains(item);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = PageLanguage.class, names = {"SIMPLIFIED_CHINESE", "TRADITIONAL_CHINESE"})
    void theChineseRuleBooksArePunctuatedFullWidth(PageLanguage language) {
        ChinesePunctuation.assertMarkdownFullWidth(RuleBookPage.resource(language), read(RuleBookPage.resource(language)));
    }

    @Test
    void theJapaneseRuleBookIsPunctuatedFullWidth() {
        String japanese = RuleBookPage.resource(PageLanguage.JAPANESE);
        JapanesePunctuation.assertMarkdownFullWidth(japanese, read(japanese));
    }

    @Test
    void theTraditionalChineseRuleBookIsTraditionalAndTheKoreanOneHangul() {
        String traditional = RuleBookPage.resource(PageLanguage.TRADITIONAL_CHINESE);
        BundleScripts.assertMarkdownTraditional(traditional, read(traditional));
        String korean = RuleBookPage.resource(PageLanguage.KOREAN);
        BundleScripts.assertMarkdownKorean(korean, read(korean));
    }

    @Test
    void theComparisonReadsTheFormsTheLanguagesWriteNumbersIn() {
        Section english = new Section("§0");
        english.lines.add("From 2017-04-26, ¥300M or ¥3,000,000, HSP(i) (高度専門職1号), 29 February, notice item 33.");
        Section japanese = new Section("§0");
        japanese.lines.add("2017年4月26日から、300,000,000円又は3,000,000円、高度専門職1号、2月29日、告示33号。");
        assertThat(japanese.numbers()).isEqualTo(english.numbers()).containsExactly(2L, 4L, 26L, 29L, 33L, 2017L, 3000000L, 300000000L);
        japanese.lines.add("3年");
        assertThat(japanese.numbers()).isNotEqualTo(english.numbers());
    }

    /** What a translation's numbers lack and add compared with the English ones, empty when none. */
    private static String difference(List<Long> translated, List<Long> english) {
        List<Long> missing = new ArrayList<>(english);
        List<Long> extra = new ArrayList<>();
        for (Long number : translated) {
            if (!missing.remove(number)) {
                extra.add(number);
            }
        }
        return missing.isEmpty() && extra.isEmpty() ? "" : "missing " + missing + ", extra " + extra;
    }

    private static List<Section> sections(String markdown) {
        List<Section> sections = new ArrayList<>();
        Section current = new Section("preamble");
        sections.add(current);
        for (String line : markdown.lines().toList()) {
            Matcher heading = SECTION_HEADING.matcher(line);
            if (heading.matches()) {
                current = new Section(heading.group(1));
                sections.add(current);
            } else if (line.startsWith("#")) {
                current.headings++;
            }
            current.lines.add(line);
        }
        return sections;
    }

    private static String read(String resource) {
        try (InputStream in = RuleBookTranslationsTest.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines of one section of a rule book (the part before §1 is the preamble). */
    private static final class Section {
        private final String name;
        private final List<String> lines = new ArrayList<>();
        private int headings;

        Section(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        /** Every number written in the section, as values, sorted. */
        List<Long> numbers() {
            String text = String.join("\n", lines);
            text = STATUS_NUMBER.matcher(text).replaceAll("");
            text = MILLIONS.matcher(text).replaceAll("¥$1,000,000");
            Matcher dayMonth = DAY_MONTH.matcher(text);
            StringBuilder numeric = new StringBuilder();
            while (dayMonth.find()) {
                dayMonth.appendReplacement(numeric, dayMonth.group(1) + " " + (MONTHS.indexOf(dayMonth.group(2)) + 1));
            }
            dayMonth.appendTail(numeric);
            text = numeric.toString().replaceAll("(?<=\\d),(?=\\d{3})", "");
            List<Long> numbers = new ArrayList<>();
            Matcher number = NUMBER.matcher(text);
            while (number.find()) {
                numbers.add(Long.parseLong(number.group()));
            }
            numbers.sort(null);
            return numbers;
        }

        /** The identifiers written as code, a line break inside one read as a space. */
        Set<String> codes() {
            return all(CODE, 1).stream().map(code -> code.replaceAll("\\s+", " ")).collect(Collectors.toCollection(TreeSet::new));
        }

        Set<String> addresses() {
            return new TreeSet<>(all(ADDRESS, 0));
        }

        /** The number of rows of each table of the section. */
        List<Integer> tableRows() {
            List<Integer> rows = new ArrayList<>();
            int row = 0;
            for (String line : lines) {
                if (line.startsWith("|")) {
                    row++;
                } else if (row > 0) {
                    rows.add(row);
                    row = 0;
                }
            }
            if (row > 0) {
                rows.add(row);
            }
            return rows;
        }

        private List<String> all(Pattern pattern, int group) {
            List<String> found = new ArrayList<>();
            Matcher matcher = pattern.matcher(String.join("\n", lines));
            while (matcher.find()) {
                found.add(matcher.group(group));
            }
            return found;
        }
    }
}
