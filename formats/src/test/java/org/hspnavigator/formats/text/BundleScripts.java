package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks that a Traditional Chinese text is written in traditional characters and a Korean text in
 * Hangul, for the tests of every module; each module's test runs them on the bundles it finds.
 *
 * <p>Traditional Chinese: none of the common characters that exist only in Simplified Chinese (这, 们, 为,
 * 资, 证...). Characters that Simplified Chinese shares with Japanese (学, 号, 点, 区, 会, 国...) are left
 * out of the list, because the official Japanese terms stand beside the translations (学歴 · 學歷), and so
 * are those that are also traditional characters in their own right (后, 里, 准, 划, 几, 干...). Nor any of
 * the words that only mainland China writes so, in either script (信息 for 資訊, 合同 for 契約, 紙質 for
 * 紙本...): the product's Traditional Chinese is that of Taiwan (docs/glossary.md).
 *
 * <p>Korean: no Chinese characters or kana, and no Japanese punctuation (・, 〜), in the Korean text itself.
 * They stay where an official Japanese term stands beside its translation: in parentheses after it
 * (포인트 계산표 (ポイント計算表)) or as the Japanese half of a label (学歴 · 학력).
 */
public final class BundleScripts {

    /** Common characters of Simplified Chinese that are neither traditional characters nor Japanese ones. */
    static final String SIMPLIFIED_ONLY = "这们个为时说对过还发现动进实种经问题关间认业务应开头给让书车东证资请计须语该选择则办处齐际协调确积录"
            + "签类领历龄职扩围变岁满达连势态总统记识诉试详误谈货质购贸费赛趋跃轨转轮软轻载较辅辆输边迁运远违迟适递"
            + "遗邮释针钟钱铁银锁错长门闭闲闻阅队阳阴陆陈险隐难顶项顺顾预频额风飞饭馆马龙义习买亏产亲亿从众优传伤价"
            + "兴养决况净减击刚创别剧劝劳华单卖卫厂厅压县启员响团园图圆场坏块坚报执扫护换摄无显术杂权构标样检欢毕汇"
            + "泽测济热爱环疗监盖础码离稳穷竞笔简紧红约级纪纳纸线练组细织终结络绝继续维综缓编网罗联肤胜脑节荐药获营"
            + "虽补见观规视览觉订讨训议讯讲许论设访评词译话询读课谁谓负贡财责败贴贵贷赏赔键阶验吗";
    private static final Pattern SIMPLIFIED = Pattern.compile("[" + SIMPLIFIED_ONLY + "]");
    /** Words of mainland China, each with the word Taiwan writes: a reader in Taipei stumbles on the first. */
    static final Map<String, String> MAINLAND_WORDS = Map.ofEntries(Map.entry("信息", "資訊"), Map.entry("軟件", "軟體"),
            Map.entry("質量", "品質"), Map.entry("視頻", "影片"), Map.entry("網絡", "網路"), Map.entry("默認", "預設"),
            Map.entry("用戶", "使用者"), Map.entry("打印", "列印"), Map.entry("服務器", "伺服器"), Map.entry("鏈接", "連結"),
            Map.entry("創建", "建立"), Map.entry("命令行", "命令列"), Map.entry("字符", "字元"), Map.entry("菜單", "選單"),
            Map.entry("緩存", "快取"), Map.entry("數據庫", "資料庫"), Map.entry("合同", "契約"), Map.entry("紙質", "紙本"),
            Map.entry("研究項目", "研究計畫"), Map.entry("帳戶", "帳號"));
    private static final Pattern MAINLAND = Pattern.compile(String.join("|", MAINLAND_WORDS.keySet()));

    /** A letter of Japanese: a Chinese character, a kana or the long-vowel mark ー. */
    private static final String JAPANESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u30fc";
    /** A Japanese word, the dots and waves between its parts included (イノベーティブ・アジア事業). */
    private static final String JAPANESE_WORD = "[" + JAPANESE + "]+(?:[\u30fb\u301c][" + JAPANESE + "]+)*";
    /** Text in parentheses, half- or full-width: where an official Japanese term stands after its translation. */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)|（[^（）]*）");
    /** The Japanese half of a label "学歴 · 학력" at the start of a text. */
    private static final Pattern JAPANESE_LABEL = Pattern.compile("^" + JAPANESE_WORD + " · ");
    /** A Chinese character or kana, or Japanese punctuation (・ and 〜), left in the Korean text. */
    private static final Pattern NOT_KOREAN = Pattern.compile("[" + JAPANESE + "\u30fb\u301c]+");
    private static final Pattern JAPANESE_TERM = Pattern.compile(JAPANESE_WORD);
    /** The letter of a category of 고도전문직 1호 (イ, ロ, ハ), which Korean keeps as the official name has it. */
    private static final Pattern CATEGORY_LETTER = Pattern.compile("(?<=1호 )[イロハ](?![" + JAPANESE + "])");

    /** Link targets and code spans of Markdown, which are addresses and identifiers, not sentences. */
    private static final Pattern MARKDOWN_CODE = Pattern.compile("\\]\\([^)]*\\)|`[^`]*`");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private BundleScripts() {
    }

    /**
     * The simplified-only characters and the mainland words of {@code text}, each with some text around it
     * (and the word Taiwan writes); empty when none.
     */
    public static List<String> simplifiedPlaces(String text) {
        List<String> places = new ArrayList<>();
        Matcher matcher = SIMPLIFIED.matcher(text);
        while (matcher.find()) {
            places.add(matcher.group() + " in …" + around(text, matcher) + "…");
        }
        Matcher word = MAINLAND.matcher(text);
        while (word.find()) {
            String taiwan = MAINLAND_WORDS.get(word.group());
            places.add(word.group() + " (Taiwan: " + taiwan + ") in …" + around(text, word) + "…");
        }
        return places;
    }

    /**
     * The places of {@code text} where a Chinese character, a kana or Japanese punctuation (・, 〜) is part of
     * the Korean text rather than an official Japanese term beside its translation; empty when none.
     */
    public static List<String> notHangulPlaces(String text) {
        String unlabelled = JAPANESE_LABEL.matcher(text).replaceFirst("");
        String korean = CATEGORY_LETTER.matcher(unlabelled).replaceAll("");
        String previous;
        do {
            previous = korean;
            korean = PARENTHESES.matcher(korean).replaceAll(group -> inParentheses(group.group()));
        } while (!korean.equals(previous));
        List<String> places = new ArrayList<>();
        Matcher matcher = NOT_KOREAN.matcher(korean);
        while (matcher.find()) {
            places.add(matcher.group() + " in …" + around(korean, matcher) + "…");
        }
        return places;
    }

    /**
     * What parentheses leave for the check: a Japanese word in them stands beside a translation and is
     * dropped; ・ or 〜 between Korean words or numbers stays, to be found.
     */
    private static String inParentheses(String group) {
        String japaneseDropped = JAPANESE_TERM.matcher(group.substring(1, group.length() - 1)).replaceAll("");
        return Matcher.quoteReplacement("«" + japaneseDropped + "»");
    }

    private static String around(String text, Matcher matcher) {
        return text.substring(Math.max(0, matcher.start() - 12), Math.min(text.length(), matcher.end() + 12));
    }

    /** Asserts that no text of the Traditional Chinese bundle {@code file} has a simplified letter or mainland word. */
    public static void assertTraditional(Path file) {
        texts(file).forEach((key, text) ->
                assertThat(simplifiedPlaces(text)).as("%s %s: %s", file.getFileName(), key, text).isEmpty());
    }

    /** Asserts that each text of the Korean bundle {@code file} is Hangul but for the official Japanese terms in it. */
    public static void assertKorean(Path file) {
        texts(file).forEach((key, text) ->
                assertThat(notHangulPlaces(text)).as("%s %s: %s", file.getFileName(), key, text).isEmpty());
    }

    /** Asserts that a Traditional Chinese Markdown document is traditional; links' targets and code are left out. */
    public static void assertMarkdownTraditional(String name, String markdown) {
        markdownTexts(markdown).forEach((where, text) ->
                assertThat(simplifiedPlaces(text)).as("%s %s", name, where).isEmpty());
    }

    /**
     * Asserts that the sentences of a Korean Markdown document are Hangul beside the official Japanese terms;
     * a table cell without Hangul is a column of Japanese terms.
     */
    public static void assertMarkdownKorean(String name, String markdown) {
        markdownTexts(markdown).forEach((where, text) -> {
            if (HANGUL.matcher(text).find()) {
                assertThat(notHangulPlaces(text)).as("%s %s", name, where).isEmpty();
            }
        });
    }

    /** The texts of a Markdown document: each line, or each cell of a table's row, without links' targets and code. */
    private static Map<String, String> markdownTexts(String markdown) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = MARKDOWN_CODE.matcher(lines.get(i)).replaceAll(" ");
            String[] cells = line.startsWith("|") ? line.split("\\|") : new String[] {line};
            for (int cell = 0; cell < cells.length; cell++) {
                texts.put("line " + (i + 1) + (cells.length > 1 ? " cell " + cell : ""), cells[cell].strip());
            }
        }
        return texts;
    }

    /** The texts of a bundle by key: a .properties file's entries, or a .txt file's lines by line number. */
    private static Map<String, String> texts(Path file) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            if (file.toString().endsWith(".properties")) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                    texts.put(key, properties.getProperty(key));
                }
            } else {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    texts.put("line " + (i + 1), lines.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The Traditional Chinese bundles ({@code *_zh_Hant.properties}, {@code .txt}) of the module whose tests run. */
    public static Stream<Path> traditionalBundlesOfThisModule() {
        return bundlesOfThisModule("_zh_Hant");
    }

    /** The Korean bundles ({@code *_ko.properties}, {@code *_ko.txt}) of the module whose tests run. */
    public static Stream<Path> koreanBundlesOfThisModule() {
        return bundlesOfThisModule("_ko");
    }

    private static Stream<Path> bundlesOfThisModule(String suffix) {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            String name = ".+" + suffix + "\\.(properties|txt)";
            List<Path> bundles = files.filter(file -> file.getFileName().toString().matches(name)).sorted().toList();
            assertThat(bundles).as(suffix + " bundles under " + RESOURCES.toAbsolutePath()).isNotEmpty();
            return bundles.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
