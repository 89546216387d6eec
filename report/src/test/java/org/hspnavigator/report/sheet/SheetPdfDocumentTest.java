package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF as a document: its metadata, its embedded font, and its text as a reader copies it. */
class SheetPdfDocumentTest {

    private static final Profile ZHANG = SheetPdfFixture.example("mr-zhang.json");
    private static final ScoreResult RESULT = SheetPdfFixture.ENGINE.score(ZHANG);

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theMetadataSayTitleLanguageAndCreationDate(ReportLanguage language) throws IOException {
        byte[] pdf = SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL, language);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
            // The date as the language writes it, as on the pages.
            assertThat(document.getDocumentInformation().getTitle()).contains("高度専門・技術活動",
                            language.textLanguage().date(ZHANG.referenceDate()))
                    .contains(language == ReportLanguage.EN ? "Point calculation table" : "ポイント計算表");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("HSP Navigator");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SheetPdfFixture.CREATED);
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL, ReportLanguage.JA);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    // A subset's name starts with six capital letters and a plus sign.
                    assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
                }
            }
        }
        // The whole font is 6 MB; the subset of one sheet is a small part of it.
        assertThat(pdf.length).isLessThan(200_000);
    }

    @ParameterizedTest
    @CsvSource({"ZH, WenQuanYiMicroHei", "ZH_HANT, WenQuanYiMicroHei", "KO, WenQuanYiMicroHei"})
    void chineseAndKoreanAreWrittenInTheirFontWithIpaexForWhatItLacks(ReportLanguage language, String main)
            throws IOException {
        byte[] pdf = SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL, language);
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    names.add(font.getName().substring(font.getName().indexOf('+') + 1));
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                }
            }
        }
        // ㉑ of the notes is in IPAexGothic only.
        assertThat(names).containsExactlyInAnyOrder(main, "IPAexGothic");
        assertThat(pdf.length).isLessThan(300_000);
        // Chinese writes the range ①〜㉑ with its wave dash, Traditional Chinese with ～ and Korean with ~.
        assertThat(SheetPdfFixture.text(pdf)).containsPattern("①[〜～~]㉑");
    }

    @Test
    void studiesRoundTripInEveryScript() {
        assertThat(SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL,
                ReportLanguage.ZH))).contains("学歴 · 学历", "职历", "积分计算表", "800万日元以上不满900万日元");
        assertThat(SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL,
                ReportLanguage.ZH_HANT))).contains("学歴 · 學歷", "積分計算表", "800萬日圓以上未滿900萬日圓");
        assertThat(SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL,
                ReportLanguage.KO))).contains("学歴 · 학력", "포인트 계산표", "800만 엔 이상 900만 엔 미만");
    }

    @Test
    void japaneseTermsRoundTripThroughExtractionInEveryLanguage() {
        for (ReportLanguage language : ReportLanguage.values()) {
            String text = SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL, language));
            assertThat(text).as(language.tag()).contains("学歴", "職歴", "年収", "年齢", "日本語能力", "高度専門職1号ロ",
                    "疎明資料", "①", "③");
        }
        String japanese = SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL,
                ReportLanguage.JA));
        assertThat(japanese).contains("修士号又は専門職学位取得者", "800万円以上900万円未満", "30〜34歳",
                "70点以上：高度専門職の基準を満たす");
        String english = SheetPdfFixture.text(SheetPdfFixture.pdf(RESULT, ZHANG, Category.SPECIALIZED_TECHNICAL,
                ReportLanguage.EN));
        assertThat(english).contains("学歴 · Academic background", "¥8,000,000 to under ¥9,000,000",
                "Why: a master's degree in Computer science");
    }
}
