package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.junit.jupiter.api.Test;

/** The five languages: their tags, how a locale or an Accept-Language header picks one, and their dates. */
class LanguageTest {

    @Test
    void parenthesesAsEachLanguagePunctuatesThem() {
        assertThat(Language.EN.inParentheses("Advanced academic research activities"))
                .isEqualTo(" (Advanced academic research activities)");
        assertThat(Language.JA.inParentheses("高度学術研究活動")).isEqualTo("（高度学術研究活動）");
        assertThat(Language.KO.inParentheses("x")).isEqualTo(" (x)");
        assertThat(Language.ZH.inParentheses("高度学术研究活动")).isEqualTo("（高度学术研究活动）");
        assertThat(Language.ZH_HANT.inParentheses("高度學術研究活動")).isEqualTo("（高度學術研究活動）");
    }

    @Test
    void labelsHeadingsAndSeparatorsFullWidthInJapaneseAndChinese() {
        assertThat(Language.EN.labelled("Verdict", "partly")).isEqualTo("Verdict: partly");
        assertThat(Language.KO.labelled("판정", "일부")).isEqualTo("판정: 일부");
        assertThat(Language.JA.labelled("判定", "一部正しい")).isEqualTo("判定：一部正しい");
        assertThat(Language.ZH.labelled("判定", "部分正确")).isEqualTo("判定：部分正确");
        assertThat(Language.ZH_HANT.labelled("判定", "部分正確")).isEqualTo("判定：部分正確");
        assertThat(Language.JA.heading("書類")).isEqualTo("書類：");
        assertThat(Language.KO.heading("서류")).isEqualTo("서류:");
        assertThat(Language.JA.separator()).isEqualTo("、");
        assertThat(Language.JA.clauseSeparator()).isEqualTo("、");
        assertThat(Language.ZH.separator()).isEqualTo("，");
        assertThat(Language.EN.clauseSeparator()).isEqualTo("; ");
    }

    @Test
    void tagsAsTheCommandLineTakesThem() {
        assertThat(Language.byTag("zh-Hant")).contains(Language.ZH_HANT);
        assertThat(Language.byTag("zh_hant")).contains(Language.ZH_HANT);
        assertThat(Language.byTag("KO")).contains(Language.KO);
        assertThat(Language.byTag("fr")).isEmpty();
        assertThat(Language.byTag("zh-TW")).isEmpty();
        assertThat(Language.tags()).isEqualTo("en, ja, zh, zh-Hant, ko");
    }

    @Test
    void aLocalePicksItsLanguageAndTraditionalChineseByScriptOrRegion() {
        assertThat(Language.of(Locale.JAPAN)).contains(Language.JA);
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).contains(Language.ZH);
        assertThat(Language.of(Locale.TRADITIONAL_CHINESE)).contains(Language.ZH_HANT);
        assertThat(Language.of(Locale.forLanguageTag("zh-HK"))).contains(Language.ZH_HANT);
        assertThat(Language.of(Locale.forLanguageTag("zh-Hant-CN"))).contains(Language.ZH_HANT);
        assertThat(Language.of(Locale.forLanguageTag("zh-Hans-TW"))).contains(Language.ZH);
        assertThat(Language.of(Locale.KOREA)).contains(Language.KO);
        assertThat(Language.of(Locale.US)).contains(Language.EN);
        assertThat(Language.of(Locale.FRANCE)).isEqualTo(Optional.empty());
        assertThat(Language.of(Locale.ROOT)).isEmpty();
    }

    @Test
    void acceptLanguageTakesTheFirstSpokenRangeByWeightElseEnglish() {
        assertThat(Language.ofAcceptLanguage(null)).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("ja")).isEqualTo(Language.JA);
        assertThat(Language.ofAcceptLanguage("fr-FR, ko;q=0.8, en;q=0.5")).isEqualTo(Language.KO);
        assertThat(Language.ofAcceptLanguage("en;q=0.4, zh-TW;q=0.9")).isEqualTo(Language.ZH_HANT);
        assertThat(Language.ofAcceptLanguage("zh-CN,zh;q=0.9")).isEqualTo(Language.ZH);
        assertThat(Language.ofAcceptLanguage("ja;q=0, ko;q=0.1")).isEqualTo(Language.KO);
        assertThat(Language.ofAcceptLanguage("*")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("de, fr")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage(";;q=x")).isEqualTo(Language.EN);
    }

    @Test
    void datesAsEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2026, 3, 7);
        assertThat(Language.EN.date(date)).isEqualTo("2026-03-07");
        assertThat(Language.JA.date(date)).isEqualTo("2026年3月7日");
        assertThat(Language.ZH_HANT.date(date)).isEqualTo("2026年3月7日");
        assertThat(Language.KO.date(date)).isEqualTo("2026년 3월 7일");
    }

    @Test
    void explanationsWordValuesBracketsAndDatesInTheLanguage() {
        Explanations ja = Explanations.of(Language.JA);
        assertThat(ja.text(Message.of("item.salary.ageGated", 8_000_000L, "¥8,000,000 to under ¥9,000,000", 32)))
                .isEqualTo("8,000,000円（32歳）：8,000,000円以上9,000,000円未満の区分");
        assertThat(ja.text(Message.of("item.age", 32, LocalDate.of(2026, 11, 27)))).isEqualTo("2026年11月27日時点で32歳");
        assertThat(ja.text(Message.of("item.research", 2, "patents, papers"))).isEqualTo("4つの項目のうち2項目に該当：特許の発明、論文");
        assertThat(ja.criterionName(CriterionId.EDUCATION)).isEqualTo("学歴");
        Explanations ko = Explanations.of(Language.KO);
        assertThat(ko.text(Message.of("item.salary", 7_000_000L, "under ¥10,000,000"))).isEqualTo("7,000,000엔: 10,000,000엔 미만 구간");
        assertThat(ko.criterionName(CriterionId.EDUCATION)).isEqualTo("学歴 · 학력");
        assertThat(Explanations.of(Language.ZH).text(Message.of("item.education", "MASTER", 1, "Computer science")))
                .isEqualTo("Computer science专业的硕士学位");
    }

    @Test
    void englishKeepsTheEngineLabelsAndNames() {
        Explanations en = Explanations.english();
        assertThat(en.text(Message.of("item.research", 2, "patents, papers"))).isEqualTo("2 of the 4 tests met: patents, papers");
        assertThat(en.text(Message.of("item.age", 32, LocalDate.of(2026, 11, 27)))).isEqualTo("32 years old on 2026-11-27");
        for (CriterionId criterion : CriterionId.values()) {
            assertThat(en.criterionName(criterion)).isEqualTo(criterion.japaneseTerm() + " · " + criterion.englishName());
        }
        for (org.hspnavigator.engine.points.Category category : org.hspnavigator.engine.points.Category.values()) {
            assertThat(en.categoryName(category)).isEqualTo(category.englishName());
        }
    }
}
