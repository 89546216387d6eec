package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help of every question (the {@code .help} texts of fields and case-fields, shown by {@code hsp new} and
 * beside the questions of the pages) ends by citing the official sources of its rule, each named by the one
 * phrase its language uses for it, so that a reader meets the same name for the same document everywhere.
 * Only the help about the product's own formats (the profile as a whole, its label) cites nothing: no
 * official document defines them.
 */
class HelpCitationsTest {

    private static final Path TEXTS = Path.of("src", "main", "resources", "org", "hspnavigator", "formats", "text");
    private static final Set<String> OWN_FORMAT = Set.of("group.profile.help", "field.id.help");
    /** The citation that ends a help text, in half- or full-width parentheses, with the full stop after it. */
    private static final Pattern CITATION = Pattern.compile("[ ]?[(（]([^()（）]+)[)）][.。]?$");

    /** The phrase of each official source, per language: the ISA's documents, the ordinance, the acts. */
    private static final Map<String, List<String>> PHRASES = Map.of(
            "", List.of("ISA point calculation sheet", "HSP ordinance, art. 1", "HSP ordinance, art. 2",
                    "ISA Q&A on the points system", "ISA points evaluation", "ISA English summary of the point table",
                    "SME Basic Act, art. 2, para. 1", "PR guideline", "ISA J-Skip system", "ISA preferential treatment of HSPs",
                    "ISA document lists per category"),
            "_ja", List.of("ポイント計算表", "高度専門職省令第1条", "高度専門職省令第2条", "高度人材ポイント制Q&A",
                    "ポイント評価の仕組み", "ポイント表の英語による概要", "中小企業基本法第2条第1項",
                    "永住許可に関するガイドライン", "特別高度人材制度", "高度人材に対する優遇措置",
                    "出入国在留管理庁のカテゴリー別提出書類"),
            "_zh", List.of("出入国在留管理厅积分计算表", "高度专门职省令第1条", "高度专门职省令第2条",
                    "出入国在留管理厅高度人才积分制问答", "出入国在留管理厅积分评价的机制", "出入国在留管理厅积分表英文概要",
                    "中小企业基本法第2条第1款", "永住许可指南", "特别高度人才制度", "出入国在留管理厅高度人才优待措施",
                    "出入国在留管理厅按类别列出的材料"),
            "_zh_Hant", List.of("出入國在留管理廳積分計算表", "高度專門職省令第1條", "高度專門職省令第2條",
                    "出入國在留管理廳高度人才積分制問答", "出入國在留管理廳積分評價的機制", "出入國在留管理廳積分表英文概要",
                    "中小企業基本法第2條第1項", "永住許可指引", "特別高度人才制度", "出入國在留管理廳高度人才優待措施",
                    "出入國在留管理廳依類別列出的資料"),
            "_ko", List.of("출입국재류관리청 포인트 계산표", "고도전문직 법무성령 제1조", "고도전문직 법무성령 제2조",
                    "출입국재류관리청 고도인재 포인트제 Q&A", "출입국재류관리청 포인트 평가의 구조",
                    "출입국재류관리청 포인트표 영문 개요", "중소기업기본법 제2조 제1항", "영주 허가 가이드라인",
                    "특별고도인재제도", "출입국재류관리청 고도인재 우대 조치", "출입국재류관리청의 카테고리별 제출 서류"));

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({"fields,''", "fields,_ja", "fields,_zh", "fields,_zh_Hant", "fields,_ko",
        "case-fields,''", "case-fields,_ja", "case-fields,_zh", "case-fields,_zh_Hant", "case-fields,_ko"})
    void everyHelpCitesItsOfficialSourcesByTheirPhrases(String bundle, String language) {
        String separator = switch (language) {
            case "_ja" -> "、";
            case "_zh", "_zh_Hant" -> "；";
            default -> "; ";
        };
        BundleFiles.texts(TEXTS.resolve(bundle + language + ".properties")).forEach((key, text) -> {
            if (!key.endsWith(".help") || OWN_FORMAT.contains(key)) {
                return;
            }
            Matcher citation = CITATION.matcher(text);
            assertThat(citation.find()).as("%s%s %s ends with its official sources: %s", bundle, language, key, text)
                    .isTrue();
            assertThat(List.of(citation.group(1).split(separator))).as("%s%s %s", bundle, language, key)
                    .isSubsetOf(PHRASES.get(language));
        });
    }
}
