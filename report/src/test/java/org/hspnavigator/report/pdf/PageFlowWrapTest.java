package org.hspnavigator.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How text is broken into lines: between words in English and Korean, between characters in Japanese and Chinese. */
class PageFlowWrapTest {

    private static List<String> wrap(String text, float width) throws IOException {
        try (PDDocument document = new PDDocument();
                DocumentFonts fonts = new DocumentFonts(document, ReportLanguage.KO.fonts());
                PageFlow flow = new PageFlow(document, fonts)) {
            return flow.wrap(text, 8.5f, width);
        }
    }

    @Test
    void koreanBreaksBetweenWordsOnly() throws IOException {
        String text = "이 날짜들은 경력 연수를 포함한 최신 응답이 앞으로도 그대로라고 보고 계산합니다. 바뀌는 것은 연령과 규칙뿐입니다.";
        List<String> lines = wrap(text, 120f);
        assertThat(lines).hasSizeGreaterThan(2);
        // Joined by the spaces they were broken at, the lines give the text back: no word was cut.
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void japaneseAndChineseBreakBetweenAnyTwoCharacters() throws IOException {
        String text = "这些日期假设最新的回答（包括工作经验年数）此后保持不变，只有年龄和规则会变化。";
        List<String> lines = wrap(text, 60f);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(text);
        // Closing punctuation never starts a line.
        assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("）") || line.startsWith("。"));
    }

    /**
     * At every width, a Japanese or Chinese text keeps at least two characters on its last line, no line
     * ends with an opening bracket or starts with closing punctuation, and no character is lost.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "日本語能力試験N1取得者等又は外国の大学で日本語を専攻して卒業した者",
        "本邦の大学を卒業し又は大学院の課程を修了して学位を授与された者（外国の大学等を除く）",
        "经营管理专业学位（MBA、MOT）获得者",
        "研究実績（特許の発明1件以上等）があること"})
    void noCharacterStandsAloneOnTheLastLine(String text) throws IOException {
        try (PDDocument document = new PDDocument();
                DocumentFonts fonts = new DocumentFonts(document, ReportLanguage.JA.fonts());
                PageFlow flow = new PageFlow(document, fonts)) {
            for (float width = 50f; width < flow.textWidth(text, 8.5f) + 10f; width += 1f) {
                List<String> lines = flow.wrap(text, 8.5f, width);
                String at = text + " at " + width + " pt: " + lines;
                assertThat(String.join("", lines)).as(at).isEqualTo(text);
                if (lines.size() > 1) {
                    assertThat(lines.get(lines.size() - 1).replaceAll("[）」。、]", "")).as(at).hasSizeGreaterThan(1);
                }
                assertThat(lines).as(at).noneMatch(line -> line.endsWith("（") || line.startsWith("）")
                        || line.startsWith("、") || line.startsWith("。"));
            }
        }
    }
}
