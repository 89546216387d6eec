package org.hspnavigator.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.Test;

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
}
